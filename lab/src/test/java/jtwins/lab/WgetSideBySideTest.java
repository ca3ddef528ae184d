package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real wget and jwget, one scenario each row, in the same namespace and the same run. */
class WgetSideBySideTest {
    static Stream<Scenario> scenarios() {
        return ScenarioCatalogue.wgetAll().stream();
    }

    @Test
    void runsInsideTheLabNamespaceWithTheRealWget() {
        assertTrue(LabNamespace.inside(), "the test JVM must run inside bin/lab-netns");
        assertNotNull(SideBySide.original("wget"), "the real wget must be installed (apt-get install wget)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        Comparison c = SideBySide.run(scenario);
        assertTrue(c.originalInstalled(), "wget is not installed");
        assertTrue(c.matches(), c.report());
    }
}
