package jtwins.lab;

import java.util.List;

/**
 * curl rows for what curl 7.88.1's own test suite taught the twin: cookies, connections kept for the
 * next URL, --next, proxies' credentials, time conditions, form-free request building, HTTP/0.9,
 * raw and trailing chunks, the -w header variables, the output options around -o, and file://.
 */
final class CurlSuiteScenarios {
    private static final long HANG = 9000;

    private CurlSuiteScenarios() {
    }

    private static Scenario curl(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, HANG);
    }

    static List<Scenario> all() {
        return List.of(
                curl("curl-cookie-jar", "-L through a redirect that sets cookies: sent back by path, -c written",
                        Fault.HTTP_COOKIE_REDIRECT, "-sSL", "-b", "given=0", "-c", "jar", "http://127.0.0.1:{port}/"),
                curl("curl-cookie-jar-stdout", "-c - : the jar on stdout after the transfer",
                        Fault.HTTP_COOKIE_REDIRECT, "-sS", "-c", "-", "-o", "/dev/null", "http://127.0.0.1:{port}/"),
                curl("curl-cookie-strings", "two -b strings: joined by ';' as given", Fault.HTTP_ECHO_REQUEST, "-sS",
                        "-b", "a=1; b=2", "-b", "c=3", "http://127.0.0.1:{port}/"),
                curl("curl-cookie-host-header", "-H Host: names the host cookies are kept for",
                        Fault.HTTP_COOKIE_REDIRECT, "-sS", "-H", "Host: www.lab.test", "-c", "-", "-o", "/dev/null",
                        "http://127.0.0.1:{port}/"),
                curl("curl-reuse", "two URLs on a kept connection: one connect", Fault.HTTP_KEEPALIVE_ECHO, "-sS",
                        "-o", "/dev/null", "-w", "%{num_connects} ", "http://127.0.0.1:{port}/a",
                        "http://127.0.0.1:{port}/b"),
                curl("curl-next", "--next: each part its own options, the connection shared", Fault.HTTP_KEEPALIVE_ECHO,
                        "-sS", "-H", "X-Part: one", "http://127.0.0.1:{port}/a", "--next", "-d", "x=2",
                        "-w", "%{num_connects}\\n", "http://127.0.0.1:{port}/b"),
                curl("curl-anyauth", "--anyauth: nothing, then Basic once a 401 offers it", Fault.HTTP_BASIC_AUTH,
                        "-sS", "--anyauth", "-u", "user:secret", "http://127.0.0.1:{port}/"),
                curl("curl-proxy-user", "-x with -U: Proxy-Authorization on the absolute request",
                        Fault.HTTP_ECHO_REQUEST, "-sS", "-x", "http://127.0.0.1:{port}", "-U", "pu:pp",
                        "http://target.lab.test/p"),
                curl("curl-proxy-url-user", "a proxy URL's own user:password, %-decoded", Fault.HTTP_ECHO_REQUEST,
                        "-sS", "-x", "http://f%61ke:pw@127.0.0.1:{port}", "http://target.lab.test/"),
                curl("curl-time-cond", "-z with a date: If-Modified-Since in RFC 1123 form", Fault.HTTP_ECHO_REQUEST,
                        "-sS", "-z", "12 dec 1999 12:00:00 +0100", "http://127.0.0.1:{port}/"),
                curl("curl-time-cond-unmodified", "-z -date: If-Unmodified-Since", Fault.HTTP_ECHO_REQUEST,
                        "-sS", "-z", "-Sun, 06 Nov 1994 08:49:37 GMT", "http://127.0.0.1:{port}/"),
                curl("curl-time-cond-bad", "-z that is no date and no file: the warning, no condition",
                        Fault.HTTP_ECHO_REQUEST, "-sS", "-z", "not a date at all", "http://127.0.0.1:{port}/"),
                curl("curl-data-urlencode", "--data-urlencode in its forms", Fault.HTTP_ECHO_REQUEST, "-sS",
                        "--data-urlencode", "a b&c", "--data-urlencode", "name=x y/z", "--data-urlencode", "=~ok",
                        "http://127.0.0.1:{port}/"),
                curl("curl-url-query", "--url-query, encoded and '+' as given", Fault.HTTP_ECHO_REQUEST, "-sS",
                        "--url-query", "q=a b[]", "--url-query", "+raw=%41", "http://127.0.0.1:{port}/p?x=1"),
                curl("curl-tr-encoding", "--tr-encoding: TE: gzip and Connection: TE", Fault.HTTP_ECHO_REQUEST, "-sS",
                        "--tr-encoding", "-H", "Connection: keep-alive", "http://127.0.0.1:{port}/"),
                curl("curl-http09-refused", "a reply without a status line: HTTP/0.9 not allowed, exit 1",
                        Fault.HTTP_NINE, "-sS", "http://127.0.0.1:{port}/"),
                curl("curl-http09", "--http0.9: the reply is the body", Fault.HTTP_NINE, "-sS", "--http0.9",
                        "-w", "%{http_code} %{size_download}\\n", "http://127.0.0.1:{port}/"),
                curl("curl-raw", "--raw: the chunks' own lines in the output", Fault.HTTP_CHUNKED_TRAILER, "-sS",
                        "--raw", "http://127.0.0.1:{port}/"),
                curl("curl-trailer-include", "-i: a chunked trailer among the header lines", Fault.HTTP_CHUNKED_TRAILER,
                        "-sSi", "http://127.0.0.1:{port}/"),
                curl("curl-folded-header", "a folded header line: kept as it came", Fault.HTTP_FOLDED_HEADER, "-sSi",
                        "-w", "%{num_headers} %header{x-folded}\\n", "http://127.0.0.1:{port}/"),
                curl("curl-header-json", "-w %{header_json}", Fault.HTTP_ETAG, "-sS", "-o", "/dev/null", "-w",
                        "%{header_json}\\n", "http://127.0.0.1:{port}/"),
                curl("curl-remote-header-name", "-OJ: the Content-Disposition's name, its directory left out",
                        Fault.HTTP_CONTENT_DISPOSITION, "-sS", "-OJ", "-w", "%{filename_effective}\n",
                        "http://127.0.0.1:{port}/from/url.bin"),
                curl("curl-no-clobber", "--no-clobber twice on one name: out, then out.1", Fault.HTTP_OK, "-sS",
                        "--no-clobber", "-o", "out", "http://127.0.0.1:{port}/", "-o", "out",
                        "http://127.0.0.1:{port}/", "-w", "%{filename_effective}\\n"),
                curl("curl-remove-on-error", "--remove-on-error: a body cut short leaves no file", Fault.HTTP_SHORT_BODY,
                        "-sS", "--remove-on-error", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-output-dir", "--output-dir with --create-dirs", Fault.HTTP_OK, "-sS", "--create-dirs",
                        "--output-dir", "made/here", "-o", "f", "http://127.0.0.1:{port}/"),
                curl("curl-more-outputs", "more -o than URLs: the warning", Fault.HTTP_OK, "-sS", "-o", "a", "-o", "b",
                        "http://127.0.0.1:{port}/"),
                curl("curl-resolve-bad", "a --resolve entry without an address: 49", Fault.HTTP_OK, "-sS",
                        "--resolve", "lab.test:80", "http://127.0.0.1:{port}/"),
                curl("curl-fail-early", "--fail-early: the first failure ends the command line", Fault.HTTP_OK,
                        "-sS", "--fail-early", "h1234://x/", "http://127.0.0.1:{port}/"),
                curl("curl-user-in-url-follow", "a relative redirect keeps the URL's user:password",
                        Fault.HTTP_RELATIVE_REDIRECT, "-sSL", "http://u:p@127.0.0.1:{port}/a/b/c"),
                curl("curl-follow-to-file", "-L to a file:// Location: a follow may not take file, exit 1",
                        Fault.HTTP_FILE_REDIRECT, "-sSL", "-w", "%{num_redirects} %{url_effective}\n",
                        "http://127.0.0.1:{port}/"),
                curl("curl-file", "file:// read, with -w's view of it", Fault.HTTP_OK, "-sS", "-w",
                        "%{http_code} %{size_download} %{url_effective}\n", "file:///etc/hostname"),
                curl("curl-file-head", "file:// -I: Content-Length, Accept-ranges, Last-Modified", Fault.HTTP_OK, "-sSI",
                        "file:///etc/debian_version"),
                curl("curl-file-include", "file:// -i: the header lines, an empty line, the bytes", Fault.HTTP_OK,
                        "-sSi", "file://localhost/etc/hostname"),
                curl("curl-file-range", "file:// -r: a slice, and the last bytes", Fault.HTTP_OK, "-sS", "-r", "1-3",
                        "file:///etc/debian_version", "-r", "-2", "file:///etc/debian_version"),
                curl("curl-file-missing", "file:// that is not there: 37", Fault.HTTP_OK, "-sS", "file:///no/such/file"),
                curl("curl-file-bad-host", "file:// with a host other than localhost: 3", Fault.HTTP_OK, "-sS",
                        "file://elsewhere/etc/hostname"),
                curl("curl-file-dir", "file:// of a directory: nothing, exit 0", Fault.HTTP_OK, "-sS", "-w",
                        "%{size_download}\n", "file:///etc/"),
                curl("curl-proto-default-file", "--proto-default file: a bare path is a file:// URL", Fault.HTTP_OK,
                        "-sS", "--proto-default", "file", "/etc/hostname"),
                curl("curl-proto-default-bad", "--proto-default naming no protocol curl has: exit 1", Fault.HTTP_OK,
                        "-sS", "--proto-default", "gopherx", "127.0.0.1/"),
                curl("curl-netrc-missing", "--netrc-file that does not exist: the URL's own credentials",
                        Fault.HTTP_ECHO_REQUEST, "-sS", "--netrc-file", "no-such-netrc", "http://u:p@127.0.0.1:{port}/"));
    }
}
