package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real rsync and jrsyncd-check, one scenario each row, against a real rsync daemon and fault servers. */
class RsyncSideBySideTest {
    static Stream<Scenario> scenarios() {
        return ScenarioCatalogue.rsyncAll().stream();
    }

    @Test
    void runsInsideTheLabNamespaceWithTheRealRsync() {
        assertTrue(LabNamespace.inside(), "the test JVM must run inside bin/lab-netns");
        assertNotNull(SideBySide.original("rsync"), "the real rsync must be installed (apt-get install rsync)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        Comparison c = SideBySide.run(scenario);
        assertTrue(c.originalInstalled(), "rsync is not installed");
        assertTrue(c.matches(), c.report());
    }
}
