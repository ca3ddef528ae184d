package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real nc and jnc, one scenario each row, in the same namespace and the same run. */
class NcSideBySideTest {
    static Stream<Scenario> scenarios() {
        return ScenarioCatalogue.all().stream();
    }

    @Test
    void runsInsideTheLabNamespaceWithTheRealNc() {
        assertTrue(LabNamespace.inside(), "the test JVM must run inside bin/lab-netns");
        assertNotNull(SideBySide.original("nc"), "the real nc must be installed (apt-get install netcat-openbsd)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        Comparison c = SideBySide.run(scenario);
        assertTrue(c.originalInstalled(), "nc is not installed");
        assertTrue(c.matches(), c.report());
    }
}
