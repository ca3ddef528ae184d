package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * wget and jwget looking names up through lab DNS servers under different resolv.conf bounds, each
 * run with the case's resolv.conf mounted over /etc/resolv.conf in a mount namespace of its own:
 * when --dns-timeout's alarm ends the lookup ("Connection timed out") and when the resolver's own
 * schedule does first ("Temporary failure in name resolution"): --dns-timeout cannot outlast it.
 */
class WgetDnsSideBySideTest {
    private static final long TOLERANCE_MILLIS = 300;
    private static final Map<String, List<InetAddress>> TABLE = Map.of(
            "www.lab.test", List.of(address("127.0.0.1")));

    @TempDir
    Path dir;

    record Case(String id, String conf, List<DnsFaultServer.Mode> servers, List<String> args) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("t3a2-dns-timeout-2", "nameserver {ns1}\noptions timeout:3 attempts:2", List.of(DnsFaultServer.Mode.SWALLOW),
                        "-t", "1", "--dns-timeout", "2", "http://lost.lab.test:{port}/"),
                c("t1a2-dns-timeout-10", "nameserver {ns1}\noptions timeout:1 attempts:2",
                        List.of(DnsFaultServer.Mode.SWALLOW), "-t", "1", "--dns-timeout", "10", "http://lost.lab.test:{port}/"),
                c("t1a2-no-option", "nameserver {ns1}\noptions timeout:1 attempts:2",
                        List.of(DnsFaultServer.Mode.SWALLOW), "-t", "1", "http://lost.lab.test:{port}/"),
                c("two-servers-T-1.5", "nameserver {ns1}\nnameserver {ns2}\noptions timeout:1 attempts:1",
                        List.of(DnsFaultServer.Mode.SWALLOW, DnsFaultServer.Mode.SWALLOW), "-t", "1", "-T", "1.5",
                        "http://lost.lab.test:{port}/"),
                c("first-server-lost-second-answers", "nameserver {ns1}\nnameserver {ns2}\noptions timeout:1",
                        List.of(DnsFaultServer.Mode.SWALLOW, DnsFaultServer.Mode.TABLE), "-t", "1", "-O", "-",
                        "http://www.lab.test:{port}/"),
                c("servfail-then-nxdomain", "nameserver {ns1}\nnameserver {ns2}",
                        List.of(DnsFaultServer.Mode.SERVFAIL, DnsFaultServer.Mode.NXDOMAIN), "-t", "1",
                        "http://gone.lab.test:{port}/"),
                c("search-domain-nv", "search lab.test\nnameserver {ns1}\noptions timeout:1 attempts:1",
                        List.of(DnsFaultServer.Mode.SWALLOW), "-nv", "-t", "1", "http://lost:{port}/"),
                c("lookup-not-retried", "nameserver {ns1}\noptions timeout:1 attempts:1",
                        List.of(DnsFaultServer.Mode.NXDOMAIN), "-t", "3", "--waitretry", "1", "http://gone.lab.test:{port}/"));
    }

    private static Arguments c(String id, String conf, List<DnsFaultServer.Mode> servers, String... args) {
        return Arguments.of(new Case(id, conf, servers, List.of(args)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wgetAndJwgetGiveUpOnLookupsAlike(Case k) throws Exception {
        List<DnsFaultServer> servers = new ArrayList<>();
        try (Fault.Running web = Fault.HTTP_OK.start()) {
            String conf = k.conf;
            for (int i = 0; i < k.servers.size(); i++) {
                InetAddress at = address("127.0." + (60 + i) + "." + (1 + Math.abs(k.id.hashCode() % 200)));
                servers.add(DnsFaultServer.start(at, 53, k.servers.get(i), TABLE));
                conf = conf.replace("{ns" + (i + 1) + "}", at.getHostAddress());
            }
            Path resolvConf = dir.resolve("resolv.conf");
            Files.writeString(resolvConf, conf + "\n");
            List<String> args = new ArrayList<>();
            for (String a : k.args) {
                args.add(a.replace("{port}", Integer.toString(web.port())));
            }
            RunResult original = run(resolvConf, SideBySide.original("wget"), args);
            RunResult twin = run(resolvConf, SideBySide.twin("wget"), args);
            String both = "\nwget:  " + original.exitText() + " " + original.elapsedMillis() + " ms " + original.stderr()
                    + "\njwget: " + twin.exitText() + " " + twin.elapsedMillis() + " ms " + twin.stderr();
            assertEquals(original.exitText(), twin.exitText(), "exit" + both);
            assertEquals(original.stdoutText(), twin.stdoutText(), "stdout" + both);
            String[] names = {SideBySide.original("wget").toString(), "wget", SideBySide.twin("wget").toString(), "jwget"};
            assertEquals(Normaliser.stderr(original.stderr(), names), Normaliser.stderr(twin.stderr(), names),
                    "stderr" + both);
            assertTrue(Math.abs(original.elapsedMillis() - twin.elapsedMillis()) <= TOLERANCE_MILLIS, "gave up" + both);
        } finally {
            servers.forEach(DnsFaultServer::close);
        }
    }

    private static RunResult run(Path resolvConf, Path program, List<String> args) throws Exception {
        List<String> programAndArgs = new ArrayList<>(List.of(program.toString()));
        programAndArgs.addAll(args);
        return ProcessRun.run(ResolvConfMount.command(resolvConf, programAndArgs), StdinSpec.EMPTY, 30000);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
