package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real curl and jcurl, one scenario each row, in the same namespace and the same run. */
class CurlSideBySideTest {
    static Stream<Scenario> scenarios() {
        return ScenarioCatalogue.curlAll().stream();
    }

    @Test
    void runsInsideTheLabNamespaceWithTheRealCurl() {
        assertTrue(LabNamespace.inside(), "the test JVM must run inside bin/lab-netns");
        assertNotNull(SideBySide.original("curl"), "the real curl must be installed (apt-get install curl)");
    }

    /**
     * Against the real sshd every row's SSH handshake completes (no timer ends one: those rows face
     * fault servers), and jsch's key exchange and key login cost the JVM about 300 ms more than
     * libssh2's (a scp:// row took curl 281 ms, jcurl 584, the same output): a start-up figure, as a
     * completed TLS handshake's is, with the same tolerance.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        Comparison c = SideBySide.run(scenario, scenario.fault() == Fault.SSHD
                ? CurlTlsSideBySideTest.COMPLETED_HANDSHAKE_TOLERANCE_MILLIS : SideBySide.DEFAULT_TOLERANCE_MILLIS);
        assertTrue(c.originalInstalled(), "curl is not installed");
        assertTrue(c.matches(), c.report());
    }
}
