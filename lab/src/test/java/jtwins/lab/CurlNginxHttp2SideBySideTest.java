package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * curl and jcurl against a real HTTP/2 server, Debian's nginx: its HPACK (Huffman strings, its own
 * indexing) and its flow control, over TLS with ALPN and in the clear with prior knowledge. Rows
 * compare bodies and -w figures rather than header dumps, since nginx's date: moves with the clock.
 */
class CurlNginxHttp2SideBySideTest {
    private static final String FIGURES = "%{http_version} %{http_code} %{size_download} %{content_type}"
            + " %{num_connects} %{num_redirects}\\n";

    static Stream<Scenario> scenarios() throws Exception {
        String ca = NginxServer.get().certificate().toString();
        return Stream.of(
                row("nginx-h2-get", "a file over h2 (ALPN)", Fault.NGINX_TLS, "-sS", "--cacert", ca, "-w", FIGURES,
                        "https://127.0.0.1:{port}/index.html"),
                // in the clear: over TLS the JDK's record layer, not HTTP/2, sets the pace (20 MiB in 0.8 s)
                row("nginx-h2-big", "20 MiB over h2: past half of curl's 32 MiB window, WINDOW_UPDATEs sent",
                        Fault.NGINX_H2C, "-sS", "--http2-prior-knowledge", "-o", "/dev/null", "-w", FIGURES,
                        "http://127.0.0.1:{port}/big.bin"),
                row("nginx-h2-head", "-I over h2: the head's size", Fault.NGINX_TLS, "-sS", "-I", "--cacert", ca, "-o",
                        "/dev/null", "-w", "%{http_code} %{size_header}\\n", "https://127.0.0.1:{port}/index.html"),
                row("nginx-h2-echo", "what the server got: method, target, user-agent, accept, -H, cookie",
                        Fault.NGINX_TLS, "-sS", "--cacert", ca, "-H", "X-Lab: yes", "-b", "a=b", "-A", "lab-agent/2",
                        "https://127.0.0.1:{port}/echo?q=1"),
                row("nginx-h2-post", "-d over h2: length and type as the server saw them", Fault.NGINX_TLS, "-sS",
                        "--cacert", ca, "-d", "name=value&x=y", "https://127.0.0.1:{port}/echo"),
                row("nginx-h2-redirect", "-L over h2: a 302 followed on the same connection", Fault.NGINX_TLS, "-sS",
                        "-L", "--cacert", ca, "-w", FIGURES, "https://127.0.0.1:{port}/redirect"),
                row("nginx-h2-two-urls", "two URLs, one connection", Fault.NGINX_TLS, "-sS", "--cacert", ca, "-w",
                        FIGURES, "https://127.0.0.1:{port}/index.html", "https://127.0.0.1:{port}/echo"),
                row("nginx-h2-404-f", "-f and a 404 over h2: exit 22", Fault.NGINX_TLS, "-sS", "-f", "--cacert", ca,
                        "https://127.0.0.1:{port}/missing"),
                row("nginx-h2-compressed", "--compressed over h2: gzip undone", Fault.NGINX_TLS, "-sS", "--compressed",
                        "--cacert", ca, "-w", FIGURES, "https://127.0.0.1:{port}/text.txt"),
                row("nginx-http1.1-over-tls", "--http1.1: ALPN http/1.1 only", Fault.NGINX_TLS, "-sS", "--http1.1",
                        "--cacert", ca, "-w", FIGURES, "https://127.0.0.1:{port}/index.html"),
                row("nginx-prior-knowledge", "--http2-prior-knowledge in the clear", Fault.NGINX_H2C, "-sS",
                        "--http2-prior-knowledge", "-w", FIGURES, "http://127.0.0.1:{port}/echo"),
                row("nginx-http2-upgrade-ignored", "--http2 to HTTP/1.1 nginx: no 101, HTTP/1.1 goes on",
                        Fault.NGINX_HTTP1, "-sS", "--http2", "-w", FIGURES, "http://127.0.0.1:{port}/echo"),
                row("nginx-prior-knowledge-to-http1", "--http2-prior-knowledge to HTTP/1.1: exit 52", Fault.NGINX_HTTP1,
                        "-sS", "--http2-prior-knowledge", "http://127.0.0.1:{port}/"));
    }

    private static Scenario row(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, 20000);
    }

    /** As CurlTlsSideBySideTest: a completed JDK handshake costs start-up time, not a timer's. */
    private static final long COMPLETED_HANDSHAKE_TOLERANCE_MILLIS = 600;

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        Comparison c = SideBySide.run(scenario, COMPLETED_HANDSHAKE_TOLERANCE_MILLIS);
        assertTrue(c.originalInstalled(), "curl is not installed");
        assertTrue(c.matches(), c.report());
    }
}
