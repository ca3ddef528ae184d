package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
     * (jmysqlping against the TLS server: about 320 ms, 170 ms without TLS, mysqladmin 45 ms), and so
     * does caching_sha2_password's RSA encryption (about 500 ms, mysqladmin 160 ms): start-up figures
     * for bench/, not timers, as in the curl and wget TLS rows. Every other row, including those a
     * timer ends, keeps the 300 ms.
     */
    private static final long COMPLETED_HANDSHAKE_TOLERANCE_MILLIS = 600;

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        boolean handshakeCompletes = scenario.fault() == Fault.MARIADB_TLS && !scenario.id().equals("mysql-tls-ca-missing")
                && !scenario.id().equals("mysql-tls-skip") || scenario.id().equals("mysql-sha2-full");
        Comparison c = SideBySide.run(scenario, handshakeCompletes ? COMPLETED_HANDSHAKE_TOLERANCE_MILLIS
                : SideBySide.DEFAULT_TOLERANCE_MILLIS);
        assertTrue(c.originalInstalled(), "mysqladmin is not installed");
        assertTrue(c.matches(), c.report());
    }

    static Stream<List<String>> printingCommandLines() {
        return Stream.of(List.of("--version"), List.of("-V", "ping"), List.of("--help"), List.of("--no-defaults", "-?"),
                List.of("-h", "127.0.0.1", "-P", "1"), List.of("--print-defaults", "-h", "x", "ping"),
                List.of("--no-defaults", "--print-defaults"), List.of("--count", "ping"),
                List.of("-u", "someone", "--connect-timeout=7", "--skip-ssl", "--help"));
    }

    /**
     * What mysqladmin prints on stdout names the program as called (my_progname: argv[0], path and
     * all), so the twin runs here through a link named mysqladmin, as bin/aliases will, and each side's
     * path is the one thing masked: otherwise the same stdout, stderr and exit status, byte for byte.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("printingCommandLines")
    void sameStdoutUnderTheOriginalsName(List<String> args, @TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("mysqladmin"), SideBySide.twin("mysqladmin"));
        RunResult original = ProcessRun.run(command(SideBySide.original("mysqladmin"), args), StdinSpec.EMPTY, 8000);
        RunResult twin = ProcessRun.run(command(link, args), StdinSpec.EMPTY, 8000);
        Files.delete(link);
        String originalPath = SideBySide.original("mysqladmin").toString();
        assertEquals(original.exitText(), twin.exitText());
        assertEquals(original.stdoutText().replace(originalPath, "PROG"), twin.stdoutText().replace(link.toString(), "PROG"));
        assertEquals(original.stderr().replace(originalPath, "PROG"), twin.stderr().replace(link.toString(), "PROG"));
    }

    private static List<String> command(Path program, List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(program.toString());
        c.addAll(args);
        return c;
    }
}
