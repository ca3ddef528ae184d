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

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        Comparison c = SideBySide.run(scenario);
        assertTrue(c.originalInstalled(), "mysqladmin is not installed");
        assertTrue(c.matches(), c.report());
    }
}
