package jtwins.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * wget's rows of the side-by-side table: the seed article's timeout rows (the matrix), then the rest
 * of what the tests hold jwget to. Every row runs with -t 1 or a short --waitretry unless the row is
 * about retries, as wget's default of 20 tries with up to 10 s between them lasts minutes.
 */
final class WgetScenarios {
    private static final long HANG = 12000;

    private WgetScenarios() {
    }

    private static Scenario wget(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "wget", title, List.of(args), fault, StdinSpec.EMPTY, HANG);
    }

    /** A row whose password is asked for: no terminal to read it from, so stdin's line gives it. */
    private static Scenario asked(String id, String title, Fault fault, String stdin, String... args) {
        return new Scenario(id, "wget", title, List.of(args), fault, StdinSpec.text(stdin, 0), HANG,
                Surroundings.withoutTerminal());
    }

    static List<Scenario> matrix() {
        return List.of(
                wget("wget-lostdns-dt05", "--dns-timeout 0.5, DNS answers lost (resolv.conf bound 1 s)",
                        Fault.DNS_SWALLOW, "-t", "1", "--dns-timeout", "0.5", "http://lost.lab.test:{port}/"),
                wget("wget-lostdns-dt3", "--dns-timeout 3, DNS answers lost: resolv.conf's 1 s wins",
                        Fault.DNS_SWALLOW, "-t", "1", "--dns-timeout", "3", "http://lost.lab.test:{port}/"),
                wget("wget-blackhole-ct2", "--connect-timeout 2, black hole", Fault.BLACK_HOLE,
                        "-t", "1", "--connect-timeout", "2", "http://127.0.0.1:{port}/"),
                wget("wget-stall-rt1", "--read-timeout 1, body stalls after 30 of 80 bytes", Fault.HTTP_STALL_BODY,
                        "-t", "1", "--read-timeout", "1", "http://127.0.0.1:{port}/file"),
                wget("wget-blackhole-T1-t2", "-T 1 -t 2 --waitretry 1, black hole: two tries, one wait",
                        Fault.BLACK_HOLE, "-T", "1", "-t", "2", "--waitretry", "1", "http://127.0.0.1:{port}/"),
                wget("wget-blackhole-kernel", "no timeout, -t 1, black hole: the kernel's SYN retries",
                        Fault.BLACK_HOLE, "-t", "1", "http://127.0.0.1:{port}/"));
    }

    static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>(matrix());
        all.addAll(List.of(
                wget("wget-refused", "refused: not retried", Fault.REFUSED, "http://127.0.0.1:{port}/"),
                wget("wget-refused-retry", "--retry-connrefused -t 3 --waitretry 1: waits 1 s, then 1 s",
                        Fault.REFUSED, "--retry-connrefused", "-t", "3", "--waitretry", "1", "http://127.0.0.1:{port}/"),
                wget("wget-refused-localhost", "refused on both of localhost's addresses", Fault.REFUSED,
                        "http://localhost:{port}/"),
                wget("wget-refused-nv", "refused, -nv", Fault.REFUSED, "-nv", "http://127.0.0.1:{port}/"),
                wget("wget-silent-rt1", "--read-timeout 1, silent server: a read error in the headers", Fault.SILENT,
                        "-t", "1", "--read-timeout", "1", "http://127.0.0.1:{port}/"),
                wget("wget-silent-rt07-t2", "--read-timeout 0.7 -t 2 --waitretry 1: retried", Fault.SILENT,
                        "-t", "2", "--waitretry", "1", "--read-timeout", "0.7", "http://127.0.0.1:{port}/"),
                wget("wget-stall-retry", "-T 1 -t 2 --waitretry 1, stalled body: the partial file stays",
                        Fault.HTTP_STALL_BODY, "-T", "1", "-t", "2", "--waitretry", "1", "http://127.0.0.1:{port}/f.txt"),
                wget("wget-stall-stdout", "-q -O - -T 1 -t 1, stalled body to stdout", Fault.HTTP_STALL_BODY,
                        "-q", "-O", "-", "-T", "1", "-t", "1", "http://127.0.0.1:{port}/"),
                wget("wget-short-body", "body cut short: connection closed at byte 30", Fault.HTTP_SHORT_BODY,
                        "-t", "1", "http://127.0.0.1:{port}/short"),
                wget("wget-drip-rt1", "--read-timeout 1, a piece every 0.6 s: the idle timer never fires",
                        Fault.HTTP_DRIP, "-t", "1", "--read-timeout", "1", "-nv", "http://127.0.0.1:{port}/drip"),
                wget("wget-ok", "200: the dot display and the saved line", Fault.HTTP_OK, "http://127.0.0.1:{port}/"),
                wget("wget-ok-hostname", "200 through /etc/hosts: Resolving and Connecting lines", Fault.HTTP_OK,
                        "http://lab.test:{port}/a.txt"),
                wget("wget-ok-stdout", "-q -O -", Fault.HTTP_OK, "-q", "-O", "-", "http://127.0.0.1:{port}/"),
                wget("wget-ok-nv", "-nv", Fault.HTTP_OK, "-nv", "http://127.0.0.1:{port}/x.txt"),
                wget("wget-ok-S", "-S: the response head", Fault.HTTP_OK, "-S", "http://127.0.0.1:{port}/"),
                wget("wget-ok-P-log", "-P dir -nv -o log", Fault.HTTP_OK, "-P", "sub", "-nv", "-o", "log",
                        "http://127.0.0.1:{port}/y"),
                wget("wget-big", "64 KiB: dot rows", Fault.HTTP_BIG, "http://127.0.0.1:{port}/big"),
                wget("wget-chunked", "chunked body", Fault.HTTP_CHUNKED, "http://127.0.0.1:{port}/c"),
                wget("wget-404", "404: exit 8", Fault.HTTP_404, "http://127.0.0.1:{port}/x"),
                wget("wget-404-nv-O", "404 -nv -O file: the empty file stays", Fault.HTTP_404, "-nv", "-O", "out",
                        "http://127.0.0.1:{port}/x"),
                wget("wget-503-retry", "--retry-on-http-error=503 -t 2 --waitretry 1", Fault.HTTP_503,
                        "--retry-on-http-error=503", "-t", "2", "--waitretry", "1", "http://127.0.0.1:{port}/"),
                wget("wget-spider", "--spider", Fault.HTTP_OK, "--spider", "http://127.0.0.1:{port}/"),
                wget("wget-spider-404", "--spider, 404", Fault.HTTP_404, "--spider", "http://127.0.0.1:{port}/"),
                wget("wget-spider-503", "--spider, 503", Fault.HTTP_503, "--spider", "-nv", "http://127.0.0.1:{port}/"),
                wget("wget-spider-500", "--spider, 500: HEAD, then GET as try 2", Fault.HTTP_500, "--spider",
                        "--waitretry", "1", "http://127.0.0.1:{port}/"),
                wget("wget-resume-206", "-T 1 -t 2 --waitretry 1: the retry asks for the rest and appends the 206",
                        Fault.HTTP_RESUMABLE, "-T", "1", "-t", "2", "--waitretry", "1", "http://127.0.0.1:{port}/r.bin"),
                wget("wget-redirect", "a 302 followed; the file named after the first URL", Fault.HTTP_REDIRECT,
                        "http://127.0.0.1:{port}/"),
                wget("wget-keepalive", "a 302 on a kept-alive connection: 'Reusing existing connection'",
                        Fault.HTTP_KEEPALIVE_REDIRECT, "-O", "out", "http://localhost:{port}/"),
                wget("wget-redirect-loop", "--max-redirect 2 on a loop", Fault.HTTP_REDIRECT_LOOP,
                        "--max-redirect", "2", "http://127.0.0.1:{port}/"),
                wget("wget-request", "the request as sent: --header -U --post-data --referer", Fault.HTTP_ECHO_REQUEST,
                        "-q", "-O", "-", "--header", "X-Lab: 1", "-U", "lab/1", "--post-data", "a=b", "--referer",
                        "http://r/", "http://127.0.0.1:{port}/p?q=1"),
                wget("wget-proxy-request", "-e http_proxy=...: the request a proxy gets", Fault.HTTP_ECHO_REQUEST,
                        "-q", "-O", "-", "-e", "http_proxy=127.0.0.1:{port}", "--proxy-user=u", "--proxy-password=p",
                        "http://far.lab.test/a?b=1"),
                new Scenario("wget-idn-proxy", "wget", "IDNA 2008 as libidn2: ß and ς kept, a joiner dropped, to a proxy",
                        List.of("-O", "-", "-e", "http_proxy=127.0.0.1:{port}", "http://Straße-ς.lab.test/",
                                "http://a\u200db.lab.test/"), Fault.HTTP_ECHO_REQUEST, StdinSpec.EMPTY, HANG,
                        Surroundings.NONE.withEnv("LC_ALL", "C.UTF-8")),
                new Scenario("wget-c-locale-bytes", "wget", "C locale: a URL's bytes above 127 sent %-escaped, not lost",
                        List.of("-O", "-", "-e", "http_proxy=127.0.0.1:{port}", "http://bü.lab.test/pä?q=ö"),
                        Fault.HTTP_ECHO_REQUEST, StdinSpec.EMPTY, HANG, Surroundings.NONE.withEnv("LC_ALL", "C")),
                new Scenario("wget-idn-refused", "wget", "a host libidn2 refuses: its error, the host sent %-escaped",
                        List.of("-O", "-", "-e", "http_proxy=127.0.0.1:{port}", "http://-ü.lab.test/ä"),
                        Fault.HTTP_ECHO_REQUEST, StdinSpec.EMPTY, HANG, Surroundings.NONE.withEnv("LC_ALL", "C.UTF-8")),
                new Scenario("wget-idn-refused-404", "wget", "the same host and a 404: retrieve_url()'s fallback without"
                        + " UTF-8 parses it again, its IDNA error said again", List.of("-O", "-", "-e",
                        "http_proxy=127.0.0.1:{port}", "http://-ü.lab.test/ä"), Fault.HTTP_404, StdinSpec.EMPTY, HANG,
                        Surroundings.NONE.withEnv("LC_ALL", "C.UTF-8")),
                wget("wget-proxy-refused", "a proxy that refuses", Fault.REFUSED, "-t", "1", "-e",
                        "http_proxy=http://127.0.0.1:{port}/", "http://far.lab.test/"),
                wget("wget-no-proxy", "no_proxy's suffix goes direct", Fault.HTTP_OK, "-e", "http_proxy=http://127.0.0.1:1/",
                        "-e", "no_proxy=.other,lab.test", "-nv", "http://lab.test:{port}/np"),
                wget("wget-proxy-connect-forbidden", "https through a proxy that refuses CONNECT",
                        Fault.HTTP_CONNECT_FORBIDDEN, "-t", "1", "-e", "https_proxy=http://127.0.0.1:{port}/",
                        "https://far.lab.test/"),
                wget("wget-no-reply", "a server that closes: no data received", Fault.HTTP_NO_REPLY, "-t", "1",
                        "http://127.0.0.1:{port}/"),
                wget("wget-not-http", "not HTTP at all: HTTP/0.9", Fault.HTTP_NOT_HTTP, "-t", "1",
                        "http://127.0.0.1:{port}/"),
                wget("wget-nxdomain", "NXDOMAIN", Fault.DNS_NXDOMAIN, "http://gone.lab.test:{port}/"),
                wget("wget-two-urls", "two URLs: the FINISHED lines, the lower exit status", Fault.HTTP_OK,
                        "http://127.0.0.1:{port}/a", "http://127.0.0.1:1/"),
                wget("wget-bad-option", "unknown option", Fault.REFUSED, "--read-timout=3", "http://127.0.0.1:{port}/"),
                wget("wget-ambiguous", "ambiguous abbreviation", Fault.REFUSED, "--ti", "1", "http://127.0.0.1:{port}/"),
                wget("wget-abbreviation", "an unambiguous abbreviation", Fault.REFUSED, "--tri=1", "--connect-t=1",
                        "http://127.0.0.1:{port}/"),
                wget("wget-bad-time", "an invalid time period", Fault.REFUSED, "--timeout=x",
                        "http://127.0.0.1:{port}/"),
                wget("wget-bad-n", "-nz", Fault.REFUSED, "-nz", "http://127.0.0.1:{port}/"),
                wget("wget-bad-execute", "-e with an unknown command", Fault.REFUSED, "-e", "foo=bar",
                        "http://127.0.0.1:{port}/"),
                wget("wget-missing-url", "no URL", Fault.REFUSED, "-q"),
                wget("wget-bad-scheme", "an unsupported scheme", Fault.REFUSED, "foo://127.0.0.1:{port}/"),
                wget("wget-debug-ok", "-d: the Setting lines, the banner, the request and response, the socket's life",
                        Fault.HTTP_OK, "-d", "-O", "-", "http://127.0.0.1:{port}/d"),
                wget("wget-debug-reuse", "-d, two URLs on one kept connection: registered, reused, its fd",
                        Fault.HTTP_KEEPALIVE_ECHO, "-d", "http://127.0.0.1:{port}/a", "http://127.0.0.1:{port}/b"),
                wget("wget-debug-redirect", "-d, a redirect: the body skipped, no content encoding for the next hop",
                        Fault.HTTP_REDIRECT, "-d", "-t", "1", "http://127.0.0.1:{port}/"),
                wget("wget-debug-auth", "-d, Basic after a 401, then sent at once to the host that asked for it",
                        Fault.HTTP_BASIC_AUTH, "-d", "--user=u", "--password=p", "-O", "-", "http://127.0.0.1:{port}/a",
                        "http://127.0.0.1:{port}/b"),
                wget("wget-auth-nv", "-nv, a 401 answered: \"Authentication selected\" is not quiet", Fault.HTTP_BASIC_AUTH,
                        "-nv", "--user=u", "--password=p", "-O", "-", "http://127.0.0.1:{port}/"),
                wget("wget-debug-refused", "-d, a refused connect: the socket closed before \"failed\"", Fault.REFUSED,
                        "-d", "-t", "1", "http://127.0.0.1:{port}/"),
                wget("wget-debug-post", "-d, --post-data: set as --method and --body-data, the body shown",
                        Fault.HTTP_ECHO_REQUEST, "-d", "--post-data=a=b", "-O", "-", "http://127.0.0.1:{port}/p"),
                wget("wget-gateway-timeout", "a 504 is tried again, then given up as tries run out (exit 4)",
                        Fault.HTTP_GATEWAY_TIMEOUT, "-t", "2", "--waitretry=1", "http://127.0.0.1:{port}/g"),
                wget("wget-content-disposition", "--content-disposition: the name after the last slash, chosen when the head is read",
                        Fault.HTTP_CONTENT_DISPOSITION, "-d", "--content-disposition", "http://127.0.0.1:{port}/cd"),
                wget("wget-cookies-redirect", "-d, cookies from a redirect: stored, refused (domain), discarded, sent",
                        Fault.HTTP_COOKIE_REDIRECT, "-d", "-O", "-", "http://127.0.0.1:{port}/"),
                wget("wget-no-cookies", "--no-cookies: none kept, none sent", Fault.HTTP_COOKIE_REDIRECT, "--no-cookies",
                        "-O", "-", "http://127.0.0.1:{port}/"),
                wget("wget-digest", "-d, Basic and Digest offered: Digest chosen and answered (RFC 2069)",
                        Fault.HTTP_DIGEST_AUTH, "-d", "--user=u", "--password=p", "-O", "-", "http://127.0.0.1:{port}/d?x=1"),
                wget("wget-chunk-not-hex", "a chunk size that is no hex: strtol()'s 0, the last chunk, exit 0",
                        Fault.HTTP_CHUNK_NOT_HEX, "-t", "1", "http://127.0.0.1:{port}/z"),
                wget("wget-chunk-negative", "a chunk size of -5: a read error with errno 0 (\"Success\")",
                        Fault.HTTP_CHUNK_NEGATIVE, "-t", "1", "http://127.0.0.1:{port}/n"),
                wget("wget-length-junk", "Content-Length: abc is strtoll()'s 0: nothing is read", Fault.HTTP_LENGTH_JUNK,
                        "-t", "1", "http://127.0.0.1:{port}/j"),
                wget("wget-length-trailing-junk", "Content-Length: 3x is 3", Fault.HTTP_LENGTH_TRAILING_JUNK, "-t", "1",
                        "http://127.0.0.1:{port}/j"),
                wget("wget-redirect-no-location", "a 302 without Location: \"unspecified\", then the error",
                        Fault.HTTP_REDIRECT_NO_LOCATION, "-t", "1", "http://127.0.0.1:{port}/r"),
                wget("wget-trust-server-names", "--trust-server-names: the file is named after the last hop",
                        Fault.HTTP_REDIRECT, "-nv", "--trust-server-names", "http://127.0.0.1:{port}/start"),
                wget("wget-debug-name", "-d, a name: resolved, cached, the list released", Fault.HTTP_OK, "-d", "-q",
                        "http://localhost:{port}/n"),
                wget("wget-204", "204: a success with nothing saved, the connection kept", Fault.HTTP_NO_CONTENT,
                        "http://127.0.0.1:{port}/nothing"),
                wget("wget-post-file-missing", "--post-file naming no file: said at the first try, exit 3", Fault.HTTP_OK,
                        "--post-file=nofile", "http://127.0.0.1:{port}/"),
                wget("wget-start-pos", "--start-pos=30: asked from there, the part saved, -c set aside",
                        Fault.HTTP_RESUMABLE, "--start-pos=30", "-c", "http://127.0.0.1:{port}/r.bin"),
                wget("wget-restrict-ascii", "--restrict-file-names=ascii: the name's non-ASCII bytes as %XX",
                        Fault.HTTP_OK, "-nv", "--restrict-file-names=ascii", "http://127.0.0.1:{port}/%CE%B3%CE%BD.html"),
                wget("wget-shorthand-slash", "a leading slash is no shorthand: Scheme missing", Fault.HTTP_OK,
                        "/foo/bar"),
                asked("wget-ask-password", "--ask-password without a terminal: stdin's line answers the 401",
                        Fault.HTTP_BASIC_AUTH, "p\nmore\n", "--ask-password", "--user=u", "-O", "-", "http://127.0.0.1:{port}/a"),
                asked("wget-ask-password-empty", "--ask-password, nothing typed: exit 1 before any request",
                        Fault.HTTP_ECHO_REQUEST, "", "--ask-password", "http://127.0.0.1:{port}/p"),
                wget("wget-ask-password-and-password", "--ask-password with --password: refused", Fault.HTTP_ECHO_REQUEST,
                        "--ask-password", "--password=x", "http://127.0.0.1:{port}/p")));
        return all;
    }
}
