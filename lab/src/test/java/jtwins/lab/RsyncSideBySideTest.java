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

    /**
     * A listing the real daemon completes ends when the work is done, no timer involved: rsync in
     * 120-190 ms here (the daemon's fork and file list), the twin 300-460 ms on a busy CI run, its
     * start-up and the classes of the listing path (file list, dates). A start-up figure for bench/,
     * as the curl, wget and MariaDB rows whose handshake completes; every row a timer ends keeps 300 ms.
     */
    private static final long COMPLETED_LISTING_TOLERANCE_MILLIS = 600;

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        Comparison c = SideBySide.run(scenario, scenario.fault() == Fault.RSYNCD || scenario.fault() == Fault.HTTP_CONNECT_RSYNCD
                ? COMPLETED_LISTING_TOLERANCE_MILLIS
                : SideBySide.DEFAULT_TOLERANCE_MILLIS);
        assertTrue(c.originalInstalled(), "rsync is not installed");
        assertTrue(c.matches(), c.report());
    }
}
