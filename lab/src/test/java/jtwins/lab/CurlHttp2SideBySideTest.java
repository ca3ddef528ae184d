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
 * (92), a connection closed under a stream (18), and -m over a stalled HTTP/2 body; then the same
 * against Debian's nginx.
 */
class CurlHttp2SideBySideTest {
    static Stream<Scenario> scenarios() throws Exception {
        return Stream.concat(labRows(), nginxRows());
    }

    private static Stream<Scenario> labRows() throws Exception {
        String ca = TlsFaults.caFile().toString();
        String big = "x".repeat(100_000);
        java.nio.file.Path upload = java.nio.file.Files.createTempFile("jtwins-h2-upload", ".bin");
        upload.toFile().deleteOnExit();
        java.nio.file.Files.write(upload, "0123456789abcdef".repeat(12_500).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String bigFile = upload.toString();
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
                row("h2-alpn-upload-file", "-T of a 200 kB file over HTTP/2: one stream, END_STREAM on its last DATA",
                        Fault.H2_TLS, "-sS", "--cacert", ca, "-T", bigFile, "https://127.0.0.1:{port}/t"),
                withStdin(row("h2-alpn-upload-stdin", "-T - over HTTP/2: no chunked coding, the stream ended at EOF",
                        Fault.H2_TLS, "-sS", "--cacert", ca, "-T", "-", "https://127.0.0.1:{port}/s"),
                        StdinSpec.text("from stdin\n".repeat(3000), 300)),
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
                row("h2-prior-knowledge-stall-speed", "--speed-limit/--speed-time over a stalled HTTP/2 body: 28",
                        Fault.H2C_STALL, "-sS", "--speed-limit", "100000", "--speed-time", "1", "--http2-prior-knowledge",
                        "http://127.0.0.1:{port}/s"),
                row("h2-tunnel-prior-knowledge-v", "-p -x: CONNECT (its lines in -v), then HTTP/2 inside the tunnel",
                        Fault.H2C_BEHIND_CONNECT, "-sv", "-p", "-x", "127.0.0.1:{port}", "--http2-prior-knowledge",
                        "http://lab.test/t"),
                row("h2-version-override", "--http2 then --http1.1: the warning, and HTTP/1.1 is asked for",
                        Fault.H2C, "-sS", "--http2", "--http1.1", "http://127.0.0.1:{port}/o"));
    }

    private static final String FIGURES = "%{http_version} %{http_code} %{size_download} %{content_type}"
            + " %{num_connects} %{num_redirects}\\n";

    /**
     * Against a real HTTP/2 server, Debian's nginx: its HPACK (Huffman strings, its own indexing) and its
     * flow control. These compare bodies and -w figures rather than header dumps: nginx's date: moves.
     */
    private static Stream<Scenario> nginxRows() throws Exception {
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

    private static Scenario withStdin(Scenario s, StdinSpec stdin) {
        return new Scenario(s.id(), s.tool(), s.title(), s.args(), s.fault(), stdin, s.hangAfterMillis());
    }

    private static Scenario row(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, 20000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        Comparison c = SideBySide.run(scenario, CurlTlsSideBySideTest.COMPLETED_HANDSHAKE_TOLERANCE_MILLIS);
        assertTrue(c.originalInstalled(), "curl is not installed");
        assertTrue(c.matches(), c.report());
    }
}
