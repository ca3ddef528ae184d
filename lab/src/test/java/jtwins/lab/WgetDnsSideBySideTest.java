package jtwins.lab;

import java.nio.file.Path;
import java.util.List;
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
    @TempDir
    Path dir;

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
        return Arguments.of(new DnsSideBySide.Case(id, conf, servers, List.of(args)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wgetAndJwgetGiveUpOnLookupsAlike(DnsSideBySide.Case k) throws Exception {
        DnsSideBySide.compare("wget", k, dir);
    }
}
