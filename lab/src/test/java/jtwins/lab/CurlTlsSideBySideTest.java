package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * curl and jcurl over TLS to a lab server with a self-signed certificate for 127.0.0.1 and localhost:
 * verification on by default, -k, --cacert, a host name the certificate does not hold, and the
 * handshake under the connect clock and under -m (a server that accepts and never answers); an https://
 * proxy with its own verification options, asked for a URL, tunnelled through, and TLS inside its TLS.
 */
class CurlTlsSideBySideTest {
    static Stream<Scenario> scenarios() throws Exception {
        String ca = TlsFaults.caFile().toString();
        return Stream.of(
                row("tls-self-signed", "default verification, self-signed: exit 60", Fault.TLS_OK,
                        "-sS", "https://127.0.0.1:{port}/"),
                row("tls-insecure", "-k", Fault.TLS_OK, "-sSk", "https://127.0.0.1:{port}/"),
                row("tls-cacert-ip", "--cacert, the address in the certificate", Fault.TLS_OK,
                        "-sS", "--cacert", ca, "https://127.0.0.1:{port}/"),
                row("tls-cacert-localhost", "--cacert, localhost in the certificate", Fault.TLS_OK,
                        "-sS", "--cacert", ca, "https://localhost:{port}/"),
                row("tls-cacert-wrong-name", "--cacert, a name the certificate does not hold: exit 60",
                        Fault.TLS_OK, "-sS", "--cacert", ca, "--resolve", "other.lab.test:{port}:127.0.0.1",
                        "https://other.lab.test:{port}/"),
                row("tls-cacert-missing", "--cacert naming no file: exit 77", Fault.TLS_OK,
                        "-sS", "--cacert", "/nonexistent/ca.pem", "https://127.0.0.1:{port}/"),
                row("tls-silent-ct1", "--connect-timeout 1, no handshake: 'SSL connection timeout'", Fault.SILENT,
                        "-sS", "--connect-timeout", "1", "https://127.0.0.1:{port}/"),
                row("tls-silent-m1", "-m 1, no handshake: 'Connection timed out'", Fault.SILENT,
                        "-sS", "-m", "1", "https://127.0.0.1:{port}/"),
                row("gophers-self-signed", "gophers://, default verification, self-signed: exit 60",
                        Fault.GOPHERS_SERVER, "-sS", "gophers://127.0.0.1:{port}/"),
                row("gophers-cacert", "gophers:// with --cacert: the selector over TLS, the menu back",
                        Fault.GOPHERS_SERVER, "-sS", "--cacert", ca, "gophers://localhost:{port}/0/a%20b"),
                row("tls-w", "-w time_appconnect is set", Fault.TLS_OK, "-sk", "-o", "/dev/null", "-w",
                        "%{http_code} %{scheme}\\n", "https://127.0.0.1:{port}/"),
                row("https-proxy-insecure", "-x https://, --proxy-insecure: the absolute request over TLS to the proxy",
                        Fault.HTTPS_PROXY_ECHO, "-sS", "-x", "https://localhost:{port}", "--proxy-insecure",
                        "http://origin.lab.test/x"),
                row("https-proxy-cacert", "--proxy-cacert: the proxy's certificate verified; -k is not the proxy's",
                        Fault.HTTPS_PROXY_ECHO, "-sSk", "--proxy-cacert", ca, "-x", "https://localhost:{port}",
                        "-w", "%{http_code} %{http_connect}\\n", "http://origin.lab.test/x"),
                row("https-proxy-unverified", "an https:// proxy's certificate checked by default: exit 60",
                        Fault.HTTPS_PROXY_ECHO, "-sS", "-x", "https://localhost:{port}", "http://origin.lab.test/x"),
                row("https-proxy-wrong-name", "--proxy-cacert, a proxy name the certificate does not hold: exit 60",
                        Fault.HTTPS_PROXY_ECHO, "-sS", "--proxy-cacert", ca, "--resolve", "proxy.lab.test:{port}:127.0.0.1",
                        "-x", "https://proxy.lab.test:{port}", "http://origin.lab.test/x"),
                row("https-proxy-tunnel", "-p through an https:// proxy: CONNECT over TLS, -i shows both heads",
                        Fault.HTTPS_PROXY_ECHO, "-sSi", "-p", "--proxy-cacert", ca, "-x", "https://localhost:{port}",
                        "http://origin.lab.test/x"),
                row("https-proxy-https", "https:// through an https:// proxy: TLS inside TLS, each with its own CA option",
                        Fault.HTTPS_PROXY_ECHO, "-sS", "--cacert", ca, "--proxy-cacert", ca, "-x", "https://localhost:{port}",
                        "-w", "%{http_code} %{http_connect} %{scheme}\\n", "https://localhost/x"),
                row("https-proxy-https-inner-unverified", "https:// through an https:// proxy, the server's CA not given: 60",
                        Fault.HTTPS_PROXY_ECHO, "-sS", "--proxy-cacert", ca, "-x", "https://localhost:{port}",
                        "https://localhost/x"),
                row("https-proxy-two-urls", "two URLs through one https:// proxy connection",
                        Fault.HTTPS_PROXY_ECHO, "-sS", "--proxy-insecure", "-x", "https://localhost:{port}",
                        "-w", "%{num_connects}\\n", "http://origin.lab.test/a", "http://origin.lab.test/b"),
                row("https-proxy-silent-ct1", "--connect-timeout 1, a proxy that never handshakes: 'SSL connection timeout'",
                        Fault.SILENT, "-sS", "--connect-timeout", "1", "-x", "https://localhost:{port}", "http://origin.lab.test/"),
                row("https-proxy-silent-m1", "-m 1, a proxy that never handshakes", Fault.SILENT, "-sS", "-m", "1", "-x",
                        "https://localhost:{port}", "http://origin.lab.test/"),
                row("https-proxy-ftp-tunnel", "ftp:// with -p through an https:// proxy: two tunnels over TLS",
                        Fault.FTP_BEHIND_HTTPS_PROXY, "-sS", "-p", "--proxy-cacert", ca, "-x", "https://localhost:{port}",
                        "-w", "%{num_connects} %{http_connect}\\n", "ftp://ftp.lab.test/pub/file.txt"),
                row("proxy-unsupported-scheme", "-x with a scheme no proxy has: exit 7 before any connect",
                        Fault.SILENT, "-sS", "-x", "ftp://localhost:{port}", "http://origin.lab.test/"),
                withEnv(row("tls-env-ssl-cert-file", "SSL_CERT_FILE names the CA when CURL_CA_BUNDLE and SSL_CERT_DIR "
                        + "are empty", Fault.TLS_OK, "-sS", "https://127.0.0.1:{port}/"),
                        "CURL_CA_BUNDLE", "", "SSL_CERT_DIR", "", "SSL_CERT_FILE", ca),
                withEnv(row("tls-env-bundle-missing", "CURL_CA_BUNDLE naming no file: exit 77", Fault.TLS_OK, "-sS",
                        "https://127.0.0.1:{port}/"), "CURL_CA_BUNDLE", "/nonexistent/ca.pem"),
                withEnv(row("tls-env-ignored-by-cacert", "--cacert wins over CURL_CA_BUNDLE", Fault.TLS_OK, "-sS",
                        "--cacert", ca, "https://127.0.0.1:{port}/"), "CURL_CA_BUNDLE", "/nonexistent/ca.pem"));
    }

    private static Scenario withEnv(Scenario s, String... nameThenValue) {
        return new Scenario(s.id(), s.tool(), s.title(), s.args(), s.fault(), s.stdin(), s.hangAfterMillis(),
                Surroundings.NONE.withEnv(nameThenValue));
    }

    private static Scenario row(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, 9000);
    }

    /**
     * A handshake that completes costs the JDK's TLS stack 200-350 ms more than OpenSSL at start-up
     * (measured here: jcurl -k 320-440 ms, curl 40 ms, class-data archive included); that is a
     * start-up figure (bench/startup), not a timer. Rows where a timer ends the handshake keep the
     * 300 ms of every other row.
     */
    static final long COMPLETED_HANDSHAKE_TOLERANCE_MILLIS = 600;

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        boolean timerEndsIt = scenario.fault() == Fault.SILENT || scenario.id().equals("tls-cacert-missing");
        Comparison c = SideBySide.run(scenario, timerEndsIt ? SideBySide.DEFAULT_TOLERANCE_MILLIS
                : COMPLETED_HANDSHAKE_TOLERANCE_MILLIS);
        assertTrue(c.originalInstalled(), "curl is not installed");
        assertTrue(c.matches(), c.report());
    }
}
