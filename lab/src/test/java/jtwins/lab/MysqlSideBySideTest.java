package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real mysqladmin and jmysqlping, one scenario each row, against a real MariaDB server and fault servers. */
class MysqlSideBySideTest {
    static Stream<Scenario> scenarios() {
        return ScenarioCatalogue.mysqlAll().stream();
    }

    @Test
    void runsInsideTheLabNamespaceWithTheRealClientAndServer() {
        assertTrue(LabNamespace.inside(), "the test JVM must run inside bin/lab-netns");
        assertNotNull(SideBySide.original("mysqladmin"), "the real mysqladmin must be installed (apt-get install mariadb-client)");
        assertTrue(MariaDbServer.installed(), "MariaDB's server must be installed (apt-get install mariadb-server)");
    }

    /**
     * A completed TLS handshake costs the JDK 100-200 ms more than the client's OpenSSL at start-up
     * (jmysqlping against the TLS server: about 320 ms, 170 ms without TLS, mysqladmin 45 ms): a
     * start-up figure for bench/, not a timer, as in the curl and wget TLS rows. Every other row,
     * including those a timer ends, keeps the 300 ms.
     */
    private static final long COMPLETED_HANDSHAKE_TOLERANCE_MILLIS = 600;

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        boolean handshakeCompletes = scenario.fault() == Fault.MARIADB_TLS && !scenario.id().equals("mysql-tls-ca-missing")
                && !scenario.id().equals("mysql-tls-skip");
        Comparison c = SideBySide.run(scenario, handshakeCompletes ? COMPLETED_HANDSHAKE_TOLERANCE_MILLIS
                : SideBySide.DEFAULT_TOLERANCE_MILLIS);
        assertTrue(c.originalInstalled(), "mysqladmin is not installed");
        assertTrue(c.matches(), c.report());
    }
}
