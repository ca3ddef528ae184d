package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * --libcurl: the C program curl and jcurl write for the same command line, to stdout, side by side,
 * whole: jcurl's --version claims what Debian's libcurl has (RTSP's CURLOPT_INTERLEAVEDATA, the SSH
 * block for scp:// and sftp://).
 */
class CurlLibcurlSideBySideTest {
    static Stream<List<String>> commandLines() {
        String url = "http://127.0.0.1:{port}/p";
        return Stream.of(
                List.of(url),
                List.of("-d", "foo=bar", "-d", "baz=quux", url),
                List.of("-G", "-d", "a=b c", "--url-query", "dropped=by-G", url),
                List.of("--data-binary", "ab\u0001cd\u0002e\\\"?\r\n\tfghi", url),
                List.of("-F", "name=value", "-F", "file=@/etc/hostname,/etc/hostname;type=magic/content;encoder=8bit"
                        + ",/etc/hostname;headers=X-one: 1;headers=X-two: 2", "-F", "d=</etc/hostname", "--form-escape", url),
                List.of("-u", "a:b", "--anyauth", "-H", "X-A: 1", "-H", "X-B:2", "-A", "agent", "-e", "r;auto", "-L",
                        "--post301", "--post303", "--max-redirs", "3", url),
                List.of("--oauth2-bearer", "tok", "-x", "127.0.0.1:9", "-U", "u:p", "-p", "--proxy-header", "P: q", url),
                List.of("--socks5-hostname", "127.0.0.1:9", "-k", "--tlsv1.2", "-4", "--no-keepalive", "--no-tcp-nodelay",
                        "--tcp-fastopen", "--no-alpn", "--disable-epsv", url),
                List.of("--proto", "=http,ftp,file", "--proto-redir", "-all,+https", "--ftp-skip-pasv-ip", url),
                List.of("-I", "-w", "%{http_code}\\n", "-R", "-b", "a=b", "-b", "c=d", "-b", "no-such-file", "-c", "jar.txt",
                        "-j", "-z", "-Sun, 06 Nov 1994 08:49:37 GMT", url),
                List.of("-v", "--resolve", "lab.test:{port}:127.0.0.1", "--connect-to", "a:1:b:2", "--connect-timeout", "3",
                        "-m", "4", "-Y", "1", "-y", "2", "--netrc-optional", "--path-as-is", "--ignore-content-length", "-f",
                        "--noproxy", "x", "--expect100-timeout", "2", "--happy-eyeballs-timeout-ms", "100",
                        "--http1.0", "--compressed", "--tr-encoding", "--http0.9", "--proto-default", "http",
                        "http://lab.test:{port}/p"),
                List.of("--request-target", "/x", "-X", "GET", "--cacert", "/no/ca.pem", "--capath", "/no/ca", "-#",
                        "-C", "5", "-r", "0-3", "--max-filesize", "10", url, "-T", "/etc/hostname", url + "/"),
                // the proxy's own TLS settings, and --capath standing in for --proxy-capath
                List.of("--proxy-insecure", "--proxy-cacert", "/no/proxy-ca.pem", "--capath", "/no/ca", "-x",
                        "https://127.0.0.1:9", url, "--next", "--proxy-capath", "/no/p", "--capath", "/no/ca", url),
                List.of(url, "--next", "--socks4", "127.0.0.1:9", "--interface", "lo", "-d", "x", url + "[1-2]"),
                List.of("-Z", "--parallel-max", "3", url + "/a", url + "/b", "-T", "/etc/hostname", url + "/c"),
                // the SSH block and the TLS key: this server never greets, so -m ends both
                List.of("--key", "k", "--pubkey", "k.pub", "--pass", "pw", "--hostpubmd5",
                        "0123456789abcdef0123456789abcdef", "--hostpubsha256", "abc", "--compressed-ssh", "-k", "-m", "1",
                        "sftp://127.0.0.1:{port}/f"),
                // prior knowledge to this HTTP/1 server is left out: curl's own end races the server's close (52 or 55)
                List.of("--http2", url, "--next", "--http2-prior-knowledge", "--http1.1", url));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void sameProgram(List<String> args) throws Exception {
        try (TcpFaultServer server = TcpFaultServer.start(
                HttpFaults.answer(HttpFaults.text("HTTP/1.1 200 OK", "hello!\n"), -1))) {
            List<String> line = new ArrayList<>(List.of("-s", "-o", "/dev/null", "--libcurl", "-"));
            for (String a : args) {
                line.add(a.replace("{port}", String.valueOf(server.port())));
            }
            RunResult original = ProcessRun.run(command(SideBySide.original("curl").toString(), line), StdinSpec.EMPTY, 20000);
            RunResult twin = ProcessRun.run(command(SideBySide.twin("curl").toString(), line), StdinSpec.EMPTY, 20000);
            String curlProgram = new String(original.stdout(), StandardCharsets.ISO_8859_1);
            String both = "\ncurl:  " + original.exitText() + " " + original.stderr() + "\njcurl: " + twin.exitText()
                    + " " + twin.stderr();
            // -Z's program has no perform line (its transfers go to a multi handle), but every program an init
            assertTrue(curlProgram.contains("hnd = curl_easy_init();"), "curl wrote its program" + both);
            assertEquals(curlProgram, new String(twin.stdout(), StandardCharsets.ISO_8859_1), "the program" + both);
            assertEquals(original.exitText(), twin.exitText(), "exit" + both);
            assertEquals(original.filesLeft(), twin.filesLeft(), "files" + both);
        }
    }

    private static List<String> command(String program, List<String> args) {
        List<String> all = new ArrayList<>(List.of(program));
        all.addAll(args);
        return all;
    }
}
