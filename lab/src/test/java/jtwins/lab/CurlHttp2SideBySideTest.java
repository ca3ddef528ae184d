package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * curl and jcurl speaking HTTP/2 to the lab's h2 servers: ALPN h2 on every https:// URL (Debian's
 * curl offers it by default), --http2-prior-knowledge and the Upgrade: h2c a --http2 http:// request
 * asks for, the request's fields as the server decoded them (the body echoes them), a kept connection
 * taking the next URL as stream 3, an upload larger than the peer's first window, a reset stream
 * (92), a connection closed under a stream (18), and -m over a stalled HTTP/2 body.
 */
class CurlHttp2SideBySideTest {
    static Stream<Scenario> scenarios() throws Exception {
        String ca = TlsFaults.caFile().toString();
        String big = "x".repeat(100_000);
        return Stream.of(
                row("h2-alpn-get", "https:// offers h2 and gets it: HTTP/2 status line, lower-case names, fields sent",
                        Fault.H2_TLS, "-sS", "-i", "--cacert", ca, "https://127.0.0.1:{port}/a?b=c"),
                row("h2-alpn-headers", "-H, -A, -e and a cookie as HTTP/2 fields", Fault.H2_TLS, "-sS", "--cacert",
                        ca, "-H", "X-One: 1", "-H", "Connection: keep-alive", "-A", "agent/1", "-e", "http://ref/",
                        "-b", "k=v", "https://127.0.0.1:{port}/h"),
                row("h2-alpn-post", "-d over HTTP/2: the body as DATA", Fault.H2_TLS, "-sS", "--cacert", ca,
                        "-d", "name=value", "https://127.0.0.1:{port}/p"),
                row("h2-alpn-upload-window", "a 100 kB body: past the 64 KiB window, on the server's WINDOW_UPDATEs",
                        Fault.H2_TLS, "-sS", "--cacert", ca, "-d", big, "https://127.0.0.1:{port}/w"),
                row("h2-alpn-head", "-I over HTTP/2", Fault.H2_TLS, "-sS", "-I", "--cacert", ca,
                        "https://127.0.0.1:{port}/i"),
                row("h2-alpn-reuse", "two URLs on one connection: streams 1 and 3, %{http_version} 2", Fault.H2_TLS,
                        "-sS", "--cacert", ca, "-w", "%{http_version} %{http_code} %{num_connects}\\n",
                        "https://127.0.0.1:{port}/1", "https://127.0.0.1:{port}/2"),
                row("h2-alpn-reset", "RST_STREAM PROTOCOL_ERROR: exit 92", Fault.H2_TLS_RESET, "-sS", "--cacert", ca,
                        "https://127.0.0.1:{port}/r"),
                row("h2-alpn-cut", "the connection closed under the stream: exit 18", Fault.H2_TLS_CUT, "-sS",
                        "--cacert", ca, "https://127.0.0.1:{port}/c"),
                row("h2-alpn-stall-m1", "-m 1 over a stalled HTTP/2 body: exit 28 at 1 s", Fault.H2_TLS_STALL, "-sS",
                        "-m", "1", "--cacert", ca, "https://127.0.0.1:{port}/s"),
                row("h2-prior-knowledge-v", "--http2-prior-knowledge, -v: h2h3 lines, stream id, the head as shown",
                        Fault.H2C, "-sv", "--http2-prior-knowledge", "http://127.0.0.1:{port}/pk"),
                row("h2c-upgrade-v", "--http2 on http://: Upgrade: h2c, 101, stream 1 answered over HTTP/2",
                        Fault.H2C, "-sv", "--http2", "http://127.0.0.1:{port}/up"),
                row("h2c-upgrade-i", "--http2 -i: the 101's head, then the HTTP/2 one", Fault.H2C, "-sS", "-i",
                        "--http2", "http://127.0.0.1:{port}/up"),
                row("h2-prior-knowledge-stall-m1", "-m 1 over a stalled body, in the clear", Fault.H2C_STALL, "-sS",
                        "-m", "1", "--http2-prior-knowledge", "http://127.0.0.1:{port}/s"),
                row("h2-prior-knowledge-to-http1", "--http2-prior-knowledge to an HTTP/1.1 server: exit 52",
                        Fault.HTTP_CONNECTION_CLOSE, "-sS", "--http2-prior-knowledge", "http://127.0.0.1:{port}/"),
                row("h2-tunnel-prior-knowledge-v", "-p -x: CONNECT (its lines in -v), then HTTP/2 inside the tunnel",
                        Fault.H2C_BEHIND_CONNECT, "-sv", "-p", "-x", "127.0.0.1:{port}", "--http2-prior-knowledge",
                        "http://lab.test/t"),
                row("h2-version-override", "--http2 then --http1.1: the warning, and HTTP/1.1 is asked for",
                        Fault.H2C, "-sS", "--http2", "--http1.1", "http://127.0.0.1:{port}/o"));
    }

    private static Scenario row(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, 9000);
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
