package jtwins.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * curl and jcurl looking names up through lab DNS servers under different resolv.conf bounds, each
 * run with the case's resolv.conf mounted over /etc/resolv.conf in a mount namespace of its own:
 * when the resolver's schedule ends the lookup (exit 6) and when --connect-timeout or -m does (28).
 */
class CurlDnsSideBySideTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                c("t2a2-no-option", "nameserver {ns1}\noptions timeout:2 attempts:2", List.of(DnsFaultServer.Mode.SWALLOW),
                        "-sS", "http://lost.lab.test:{port}/"),
                c("t2a2-connect-timeout-3", "nameserver {ns1}\noptions timeout:2 attempts:2",
                        List.of(DnsFaultServer.Mode.SWALLOW), "-sS", "--connect-timeout", "3", "http://lost.lab.test:{port}/"),
                c("two-servers-t1-m-1.5", "nameserver {ns1}\nnameserver {ns2}\noptions timeout:1 attempts:1",
                        List.of(DnsFaultServer.Mode.SWALLOW, DnsFaultServer.Mode.SWALLOW), "-sS", "-m", "1.5",
                        "http://lost.lab.test:{port}/"),
                c("first-server-lost-second-answers", "nameserver {ns1}\nnameserver {ns2}\noptions timeout:1",
                        List.of(DnsFaultServer.Mode.SWALLOW, DnsFaultServer.Mode.TABLE), "-sS", "-w", "%{http_code}\\n",
                        "http://www.lab.test:{port}/"),
                c("servfail-then-nxdomain", "nameserver {ns1}\nnameserver {ns2}",
                        List.of(DnsFaultServer.Mode.SERVFAIL, DnsFaultServer.Mode.NXDOMAIN), "-sS",
                        "http://gone.lab.test:{port}/"),
                c("search-domain-meter", "search lab.test\nnameserver {ns1}\noptions timeout:1 attempts:1",
                        List.of(DnsFaultServer.Mode.SWALLOW), "http://lost:{port}/"),
                c("lookup-timer-meter", "nameserver {ns1}\noptions timeout:2 attempts:1",
                        List.of(DnsFaultServer.Mode.SWALLOW), "--connect-timeout", "0.5", "http://lost.lab.test:{port}/"),
                c("retry-on-lookup-failure", "nameserver {ns1}\noptions timeout:1 attempts:1",
                        List.of(DnsFaultServer.Mode.NXDOMAIN), "-sS", "--retry", "1", "http://gone.lab.test:{port}/"));
    }

    private static Arguments c(String id, String conf, List<DnsFaultServer.Mode> servers, String... args) {
        return Arguments.of(new DnsSideBySide.Case(id, conf, servers, List.of(args)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void curlAndJcurlGiveUpOnLookupsAlike(DnsSideBySide.Case k) throws Exception {
        DnsSideBySide.compare("curl", k, dir);
    }
}
