package jtwins.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios of the side-by-side table. The matrix rows are the seed article's timeout table;
 * the rest widen the net for the tests. Times assume lab-netns's tcp_syn_retries=1 (3 s).
 */
public final class ScenarioCatalogue {
    private static final long HANG = 9000;
    /** Just over libcurl's 1 MiB threshold for Expect: 100-continue. */
    private static final String BIG_BODY = "b".repeat(1024 * 1024 + 10);

    private ScenarioCatalogue() {
    }

    private static Scenario nc(String id, String title, Fault fault, StdinSpec stdin, String... args) {
        return new Scenario(id, "nc", title, List.of(args), fault, stdin, HANG);
    }

    private static Scenario curl(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, HANG);
    }

    /** The seed article's rows: what gives up when, and how, for each tool. */
    public static List<Scenario> matrix() {
        List<Scenario> rows = new ArrayList<>(ncMatrix());
        rows.addAll(curlMatrix());
        rows.addAll(WgetScenarios.matrix());
        rows.addAll(MysqlScenarios.matrix());
        rows.addAll(RsyncScenarios.matrix());
        return rows;
    }

    /** Whether a row is one of the matrix's, whose give-up moment explain predicts and the tests check. */
    public static boolean isMatrixRow(Scenario scenario) {
        return matrix().stream().anyMatch(row -> row.id().equals(scenario.id()));
    }

    /** The seed article's curl rows. */
    static List<Scenario> curlMatrix() {
        return List.of(
                curl("curl-blackhole-kernel", "no option, black hole: the kernel's SYN retries",
                        Fault.BLACK_HOLE, "-sS", "http://127.0.0.1:{port}/"),
                curl("curl-blackhole-ct2", "--connect-timeout 2, black hole",
                        Fault.BLACK_HOLE, "-sS", "--connect-timeout", "2", "http://127.0.0.1:{port}/"),
                curl("curl-lostdns-ct05", "--connect-timeout 0.5, DNS answers lost",
                        Fault.DNS_SWALLOW, "-sS", "--connect-timeout", "0.5", "http://lost.lab.test:{port}/"),
                curl("curl-stall-m2", "-m 2, body stalls after 30 of 80 bytes",
                        Fault.HTTP_STALL_BODY, "-sS", "-m", "2", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-ftp-silent-ct2", "--connect-timeout 2, an FTP server that never greets",
                        Fault.SILENT, "-sS", "--connect-timeout", "2", "ftp://127.0.0.1:{port}/pub/f"),
                curl("curl-socks-silent-ct2", "--connect-timeout 2, a SOCKS5 proxy that never answers",
                        Fault.SILENT, "-sS", "--connect-timeout", "2", "-x", "socks5h://127.0.0.1:{port}",
                        "http://far.lab.test/"),
                curl("curl-tunnel-silent-ct2", "-p --connect-timeout 2, a proxy that never answers CONNECT",
                        Fault.SILENT, "-sS", "-p", "--connect-timeout", "2", "-x", "http://127.0.0.1:{port}",
                        "http://far.lab.test/"),
                curl("curl-tftp-silent-ct1", "--connect-timeout 1, a TFTP server that never answers",
                        Fault.TFTP_SILENT, "-sS", "--connect-timeout", "1", "tftp://127.0.0.1:{port}/file.txt"),
                new Scenario("curl-ftp-active-never-ct2", "curl", "-P - --connect-timeout 2, an FTP server that never"
                        + " connects back: the accept wait is not the connect's",
                        List.of("-sS", "--connect-timeout", "2", "-P", "-", "ftp://127.0.0.1:{port}/pub/file.txt"),
                        Fault.FTP_ACTIVE_NEVER, StdinSpec.EMPTY, 75_000));
    }

    /** The wget rows of the side-by-side tests: the matrix rows and more, recursion's included. */
    public static List<Scenario> wgetAll() {
        List<Scenario> all = new ArrayList<>(WgetScenarios.all());
        all.addAll(WgetRecursionScenarios.all());
        return all;
    }

    /** The mysqladmin rows of the side-by-side tests: the matrix rows and more. */
    public static List<Scenario> mysqlAll() {
        return MysqlScenarios.all();
    }

    /** The rsync rows of the side-by-side tests: the matrix rows and more. */
    public static List<Scenario> rsyncAll() {
        return RsyncScenarios.all();
    }

    /** The curl rows of the side-by-side tests: the matrix rows and more. */
    public static List<Scenario> curlAll() {
        List<Scenario> all = new ArrayList<>(curlMatrix());
        all.addAll(List.of(
                curl("curl-refused", "refused", Fault.REFUSED, "-sS", "http://127.0.0.1:{port}/"),
                curl("curl-refused-meter", "refused, the progress meter on stderr", Fault.REFUSED,
                        "http://127.0.0.1:{port}/"),
                curl("curl-refused-localhost", "refused on both of localhost's addresses, -v", Fault.REFUSED,
                        "-v", "http://localhost:{port}/"),
                curl("curl-proxy-v-kept-as", "-x, -v: the connection left intact is named by the proxy's host",
                        Fault.HTTP_OK, "-sv", "-x", "127.0.0.1:{port}", "http://lab.test/"),
                curl("curl-blackhole-ct07", "--connect-timeout 0.7: fractional seconds", Fault.BLACK_HOLE,
                        "-sS", "--connect-timeout", "0.7", "http://127.0.0.1:{port}/"),
                curl("curl-blackhole-m15", "-m 1.5, black hole: 'Connection timed out'", Fault.BLACK_HOLE,
                        "-sS", "-m", "1.5", "http://127.0.0.1:{port}/"),
                curl("curl-blackhole-m1-ct5", "-m 1 --connect-timeout 5: -m ends it, in -m's words",
                        Fault.BLACK_HOLE, "-sS", "-m", "1", "--connect-timeout", "5", "http://127.0.0.1:{port}/"),
                curl("curl-blackhole-meter", "black hole, -m 2, the meter redrawn each second", Fault.BLACK_HOLE,
                        "-m", "2", "http://127.0.0.1:{port}/"),
                curl("curl-silent-m1", "-m 1, silent server: 'with 0 bytes received'", Fault.SILENT,
                        "-sS", "-m", "1", "http://127.0.0.1:{port}/"),
                curl("curl-stall-stdout-m1", "-m 1, stalled body to stdout", Fault.HTTP_STALL_BODY,
                        "-sS", "-m", "1", "http://127.0.0.1:{port}/"),
                curl("curl-stall-m125-w", "-m 1.25, stalled body: -w counts what arrived", Fault.HTTP_STALL_BODY,
                        "-sS", "-m", "1.25", "-o", "part", "-w", "%{http_code} %{size_download}\\n",
                        "http://127.0.0.1:{port}/"),
                curl("curl-short-body", "body cut short: exit 18, the partial file stays", Fault.HTTP_SHORT_BODY,
                        "-sS", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-drip-m23", "-m 2.3, a 10-byte piece every 0.6 s", Fault.HTTP_DRIP,
                        "-sS", "-m", "2.3", "http://127.0.0.1:{port}/"),
                curl("curl-drip-speed", "-y 2 -Y 100, a body at 16 bytes/s: too slow", Fault.HTTP_DRIP,
                        "-sS", "-y", "2", "-Y", "100", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-ok", "200, body to stdout", Fault.HTTP_OK, "-sS", "http://127.0.0.1:{port}/"),
                curl("curl-ok-meter", "200 to a file, the meter's last line", Fault.HTTP_OK,
                        "-o", "page", "http://127.0.0.1:{port}/"),
                curl("curl-ok-O", "-O names the file after the URL", Fault.HTTP_OK,
                        "-sS", "-O", "http://127.0.0.1:{port}/dir/file.txt?x=1"),
                curl("curl-ok-w", "-w with its variables", Fault.HTTP_OK, "-s", "-o", "/dev/null", "-w",
                        "%{http_code} %{size_download} %{num_connects} %{exitcode} %{url_effective} %{content_type}\\n",
                        "http://127.0.0.1:{port}/"),
                curl("curl-refused-w", "-w on a refused connect: exitcode, an unknown variable", Fault.REFUSED,
                        "-s", "-w", "[%{http_code}] [%{exitcode}] %{num_connects} %{bogus}\\n",
                        "http://127.0.0.1:{port}/"),
                curl("curl-404-f-w", "-w on -f's failure: errormsg", Fault.HTTP_404, "-s", "-f", "-w",
                        "[%{http_code}] [%{exitcode}] [%{errormsg}] %{size_download}\\n", "http://127.0.0.1:{port}/"),
                curl("curl-404", "404, no -f: the body, exit 0", Fault.HTTP_404, "-sS", "http://127.0.0.1:{port}/"),
                curl("curl-404-f", "404 with -f: exit 22", Fault.HTTP_404, "-sSf", "http://127.0.0.1:{port}/"),
                curl("curl-404-fi", "404 with -fi: the headers, then exit 22", Fault.HTTP_404, "-sSfi",
                        "http://127.0.0.1:{port}/"),
                curl("curl-404-fail-with-body", "404 with --fail-with-body", Fault.HTTP_404, "-sS",
                        "--fail-with-body", "http://127.0.0.1:{port}/"),
                curl("curl-404-fo", "404 with -f -o: no file left", Fault.HTTP_404, "-sSf", "-o", "out",
                        "http://127.0.0.1:{port}/"),
                curl("curl-head", "-I: the response head", Fault.HTTP_OK, "-sSI", "http://127.0.0.1:{port}/"),
                curl("curl-include", "-i: head and body", Fault.HTTP_OK, "-sSi", "http://127.0.0.1:{port}/"),
                curl("curl-chunked", "chunked body, -v", Fault.HTTP_CHUNKED, "-v", "http://127.0.0.1:{port}/"),
                curl("curl-gzip", "--compressed, gzip body", Fault.HTTP_GZIP, "-sS", "--compressed",
                        "http://127.0.0.1:{port}/"),
                curl("curl-redirect-L", "-L follows a 302", Fault.HTTP_REDIRECT, "-sSL", "-w",
                        "%{num_redirects} %{url_effective}\\n", "http://127.0.0.1:{port}/"),
                curl("curl-redirect-noL", "a 302 without -L: its body, redirect_url", Fault.HTTP_REDIRECT, "-sS",
                        "-w", "%{http_code} %{redirect_url}\\n", "http://127.0.0.1:{port}/"),
                curl("curl-redirect-loop", "-L --max-redirs 3 on a loop: exit 47", Fault.HTTP_REDIRECT_LOOP,
                        "-sSL", "--max-redirs", "3", "http://127.0.0.1:{port}/"),
                curl("curl-request-post", "-d -H -u -A: the request as sent", Fault.HTTP_ECHO_REQUEST, "-sS",
                        "-d", "a=b", "-d", "c", "-H", "X-One: 1", "-u", "bob:pw", "-A", "agent/1",
                        "http://127.0.0.1:{port}/p?q=1"),
                curl("curl-request-put", "-X PUT --compressed, headers replaced and removed",
                        Fault.HTTP_ECHO_REQUEST, "-sS", "-X", "PUT", "--data-binary", "x", "-H", "Accept: text/plain",
                        "-H", "User-Agent:", "-H", "X-Empty;", "http://127.0.0.1:{port}/"),
                curl("curl-request-G", "-G moves -d into the query", Fault.HTTP_ECHO_REQUEST, "-sS", "-G",
                        "-d", "a=1", "-d", "b=2", "http://127.0.0.1:{port}/g"),
                curl("curl-no-reply", "a server that closes: exit 52", Fault.HTTP_NO_REPLY, "-sS",
                        "http://127.0.0.1:{port}/"),
                curl("curl-not-http", "a server that is not HTTP: exit 1", Fault.HTTP_NOT_HTTP, "-sS",
                        "http://127.0.0.1:{port}/"),
                curl("curl-retry-silent", "--retry 2 -m 1 on a silent server: delays 1 s then 2 s", Fault.SILENT,
                        "-sS", "-m", "1", "--retry", "2", "http://127.0.0.1:{port}/"),
                curl("curl-retry-refused", "--retry 1 --retry-connrefused: the warning, wrapped", Fault.REFUSED,
                        "--retry", "1", "--retry-connrefused", "http://127.0.0.1:{port}/"),
                curl("curl-retry-refused-no", "--retry 2 alone does not retry a refused connect", Fault.REFUSED,
                        "-sS", "--retry", "2", "http://127.0.0.1:{port}/"),
                curl("curl-retry-503", "--retry 1 --retry-delay 1 on a 503", Fault.HTTP_503, "-s",
                        "--retry", "1", "--retry-delay", "1", "-w", "%{http_code}\\n", "http://127.0.0.1:{port}/"),
                curl("curl-lostdns", "DNS answers lost, no option: exit 6 when the resolver gives up",
                        Fault.DNS_SWALLOW, "-sS", "http://lost.lab.test:{port}/"),
                curl("curl-lostdns-m05", "-m 0.5, DNS answers lost", Fault.DNS_SWALLOW, "-sS", "-m", "0.5",
                        "http://lost.lab.test:{port}/"),
                curl("curl-nxdomain", "NXDOMAIN: exit 6 at once", Fault.DNS_NXDOMAIN, "-sS",
                        "http://gone.lab.test:{port}/"),
                curl("curl-resolve", "--resolve pins the name", Fault.HTTP_OK, "-sS", "--resolve",
                        "pinned.lab.test:{port}:127.0.0.1", "http://pinned.lab.test:{port}/"),
                curl("curl-bad-option", "unknown option", Fault.REFUSED, "--max-tme", "2", "http://127.0.0.1:{port}/"),
                curl("curl-ambiguous-option", "ambiguous abbreviation", Fault.REFUSED, "--max", "2",
                        "http://127.0.0.1:{port}/"),
                curl("curl-abbreviated-option", "an unambiguous abbreviation works", Fault.REFUSED, "-sS",
                        "--connect-ti", "1", "http://127.0.0.1:{port}/"),
                curl("curl-no-on-non-boolean", "--no- on an option with a value", Fault.REFUSED, "--no-max-time",
                        "http://127.0.0.1:{port}/"),
                curl("curl-bad-number", "-m abc", Fault.REFUSED, "-m", "abc", "http://127.0.0.1:{port}/"),
                curl("curl-negative-number", "-m -1", Fault.REFUSED, "-m", "-1", "http://127.0.0.1:{port}/"),
                curl("curl-retry-fraction", "--retry 1.5", Fault.REFUSED, "--retry", "1.5", "http://127.0.0.1:{port}/"),
                curl("curl-missing-value", "-m at the end", Fault.REFUSED, "-sS", "http://127.0.0.1:{port}/", "-m"),
                curl("curl-no-url", "no URL", Fault.REFUSED, "-sS"),
                curl("curl-bad-scheme", "unknown scheme: exit 1", Fault.REFUSED, "-sS", "htp://127.0.0.1:{port}/"),
                curl("curl-bad-port", "port 99999: exit 3", Fault.REFUSED, "-sS", "http://127.0.0.1:99999/"),
                curl("curl-two-urls", "two URLs, the first refused: the last one's exit", Fault.HTTP_OK, "-sS",
                        "http://127.0.0.1:1/", "http://127.0.0.1:{port}/"),
                curl("curl-bar-drip", "-# on a body of known size, ten pieces", Fault.HTTP_DRIP, "-#", "-o", "out",
                        "http://127.0.0.1:{port}/"),
                curl("curl-bar-chunked", "-# on a body of unknown size: no bar, one newline", Fault.HTTP_CHUNKED,
                        "-#", "http://127.0.0.1:{port}/"),
                new Scenario("curl-config-stdin", "curl", "-K - reads options from stdin, warns about a bad line",
                        List.of("-K", "-", "http://127.0.0.1:{port}/"), Fault.SILENT,
                        StdinSpec.text("# options\nmax-tme 2\n-m 1\nshow-error\n", 0), HANG),
                curl("curl-config-missing", "-K naming no file: exit 26", Fault.REFUSED, "-K", "nofile",
                        "http://127.0.0.1:{port}/"),
                curl("curl-help", "--help", Fault.REFUSED, "--help"),
                curl("curl-help-category", "--help connection", Fault.REFUSED, "--help", "connection"),
                curl("curl-blackhole-ct1-v", "-sSv --connect-timeout 1, black hole: 'move on!', then the failure",
                        Fault.BLACK_HOLE, "-sSv", "--connect-timeout", "1", "http://127.0.0.1:{port}/"),
                curl("curl-stall-m1-v", "-v -m 1, stalled body: failf() through -v", Fault.HTTP_STALL_BODY,
                        "-sS", "-v", "-m", "1", "http://127.0.0.1:{port}/"),
                curl("curl-redirect-L-meter", "-L with the meter: one last line per request", Fault.HTTP_REDIRECT,
                        "-L", "-o", "out", "-w", "%{size_download} %{size_header} %{num_connects}\\n",
                        "http://127.0.0.1:{port}/"),
                curl("curl-ipv6-only-literal", "-6 with an IPv4 address: exit 7, libcurl's bare words", Fault.HTTP_OK,
                        "-sS", "-6", "http://127.0.0.1:{port}/"),
                curl("curl-max-filesize", "--max-filesize 3 on a 7-byte body: exit 63", Fault.HTTP_OK,
                        "-sS", "--max-filesize", "3", "http://127.0.0.1:{port}/"),
                // malformed framing, as curl 7.88.1 reads it (http.c Curl_http_header, http_chunks.c)
                curl("curl-length-negative", "Content-Length: -5: exit 8, nothing saved", Fault.HTTP_LENGTH_NEGATIVE,
                        "-sS", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-length-junk", "Content-Length: abc: exit 8", Fault.HTTP_LENGTH_JUNK, "-sS", "-v",
                        "http://127.0.0.1:{port}/"),
                curl("curl-length-trailing-junk", "Content-Length: 3x: the digits are the size", Fault.HTTP_LENGTH_TRAILING_JUNK,
                        "-sS", "-w", "%{size_download}\\n", "http://127.0.0.1:{port}/"),
                curl("curl-length-overflow", "a Content-Length past 63 bits: noted, read to the close",
                        Fault.HTTP_LENGTH_OVERFLOW, "-sS", "-v", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-length-twice", "two Content-Lengths: the last wins", Fault.HTTP_LENGTH_TWICE, "-sS",
                        "http://127.0.0.1:{port}/"),
                curl("curl-chunk-not-hex", "a chunk size that is not hex: exit 56", Fault.HTTP_CHUNK_NOT_HEX, "-sS",
                        "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-header-no-colon", "a header line without a colon", Fault.HTTP_HEADER_NO_COLON, "-sS",
                        "http://127.0.0.1:{port}/"),
                curl("curl-status-cut", "the status line cut short, then a close", Fault.HTTP_STATUS_CUT, "-sS",
                        "http://127.0.0.1:{port}/"),
                // the debugging switches (tool_cb_dbg.c), to stderr where the comparison can read them
                curl("curl-trace-ascii", "--trace-ascii %: the exchange dumped as text", Fault.HTTP_OK,
                        "-sS", "--trace-ascii", "%", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-trace-hex", "--trace %: the exchange dumped with its hex", Fault.HTTP_ECHO_REQUEST,
                        "-sS", "--trace", "%", "-d", "a=b", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-trace-time-file", "--trace-ascii FILE --trace-time: the file, as long", Fault.HTTP_OK,
                        "-sS", "--trace-ascii", "trace.txt", "--trace-time", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-v-then-trace", "-v, then --trace-ascii: the warning, the later one wins", Fault.HTTP_OK,
                        "-v", "--trace-ascii", "%", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-v-data-out", "-v with -d: the body sent as '} [N bytes data]'", Fault.HTTP_ECHO_REQUEST,
                        "-sSv", "-d", "a=b", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-dump-header", "-D FILE: the header lines, as received", Fault.HTTP_REDIRECT,
                        "-sSL", "-D", "heads.txt", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-dump-header-stdout", "-D -: the header lines before the body on stdout", Fault.HTTP_OK,
                        "-sS", "-D", "-", "http://127.0.0.1:{port}/"),
                curl("curl-stderr-file", "--stderr FILE: the error line goes there", Fault.HTTP_404,
                        "-sSf", "--stderr", "err.txt", "http://127.0.0.1:{port}/"),
                curl("curl-stderr-stdout", "--stderr -: the error line on stdout", Fault.HTTP_404,
                        "-sSf", "--stderr", "-", "http://127.0.0.1:{port}/"),
                curl("curl-close-delimited-v", "HTTP/1.1 without a size: 'Assume close', the connection closed",
                        Fault.HTTP_NO_LENGTH, "-sSv", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-connection-close-v", "Connection: close: the connection closed after", Fault.HTTP_CONNECTION_CLOSE,
                        "-sSv", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-no-argument", "no argument at all: only the 'try' line", Fault.REFUSED),
                // uploads and the request line's options
                new Scenario("curl-put-stdin", "curl", "-T -: a PUT of unknown size, chunked, after Expect: 100-continue",
                        List.of("-sS", "-T", "-", "http://127.0.0.1:{port}/up"), Fault.HTTP_ECHO_CONTINUE,
                        StdinSpec.text("hello\n", 0), HANG),
                curl("curl-put-file-dir", "-T FILE to a URL ending in '/': the file's name appended",
                        Fault.HTTP_ECHO_CONTINUE, "-sS", "-T", "/etc/debian_version", "http://127.0.0.1:{port}/up/"),
                curl("curl-put-missing", "-T naming no file: helpf's lines and exit 26", Fault.HTTP_ECHO_CONTINUE,
                        "-T", "no-such-file", "http://127.0.0.1:{port}/"),
                curl("curl-range", "-r 0-3: the Range header", Fault.HTTP_ECHO_REQUEST, "-sS", "-r", "0-3",
                        "http://127.0.0.1:{port}/"),
                curl("curl-range-no-dash", "-r 5: the dash appended, with curl's warning", Fault.HTTP_ECHO_REQUEST,
                        "-r", "5", "-s", "http://127.0.0.1:{port}/"),
                curl("curl-http10", "-0: the request as HTTP/1.0", Fault.HTTP_ECHO_REQUEST, "-sS", "-0",
                        "http://127.0.0.1:{port}/"),
                curl("curl-referer", "-e URL;auto: the Referer", Fault.HTTP_ECHO_REQUEST, "-sS", "-e",
                        "http://from.lab.test/;auto", "http://127.0.0.1:{port}/"),
                curl("curl-post-chunked", "-d with -H 'Transfer-Encoding: chunked': the body as chunks",
                        Fault.HTTP_ECHO_REQUEST, "-sS", "-H", "Transfer-Encoding: chunked", "-d", "we post this",
                        "http://127.0.0.1:{port}/"),
                curl("curl-redirect-relative", "a relative redirect with ../ and spaces: dedotted, %20 and +",
                        Fault.HTTP_RELATIVE_REDIRECT, "-sSL", "http://127.0.0.1:{port}/a/b/c"),
                curl("curl-json", "--json twice: joined as they are, JSON's Content-Type and Accept", Fault.HTTP_ECHO_REQUEST,
                        "-sS", "--json", "{\"a\":", "--json", "1}", "http://127.0.0.1:{port}/"),
                curl("curl-json-own-accept", "--json with -H Accept: the user's Accept stays", Fault.HTTP_ECHO_REQUEST,
                        "-sS", "-H", "Accept: text/x", "--json", "[]", "http://127.0.0.1:{port}/"),
                curl("curl-request-target", "--request-target '*' -X OPTIONS", Fault.HTTP_ECHO_REQUEST, "-sS",
                        "--request-target", "*", "-X", "OPTIONS", "http://127.0.0.1:{port}/x"),
                curl("curl-etag-save", "--etag-save FILE: the ETag's value and a newline", Fault.HTTP_ETAG, "-sS",
                        "--etag-save", "etag.txt", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-etag-save-stdout", "--etag-save -: on stdout before the body", Fault.HTTP_ETAG, "-sS",
                        "--etag-save", "-", "http://127.0.0.1:{port}/"),
                curl("curl-etag-compare", "--etag-compare FILE: its line as If-None-Match", Fault.HTTP_ECHO_REQUEST,
                        "-sS", "--etag-compare", "/etc/debian_version", "http://127.0.0.1:{port}/"),
                curl("curl-etag-compare-missing", "--etag-compare naming no file: errorf's line, exit 26",
                        Fault.HTTP_ECHO_REQUEST, "--etag-compare", "no-such-etag", "http://127.0.0.1:{port}/"),
                curl("curl-etag-compare-missing-save", "--etag-compare missing with --etag-save: If-None-Match \"\"",
                        Fault.HTTP_ECHO_REQUEST, "-sS", "--etag-compare", "e.txt", "--etag-save", "e.txt",
                        "http://127.0.0.1:{port}/"),
                curl("curl-chunk-too-long", "a chunk size of 17 hex digits on an open connection: exit 56, no hang",
                        Fault.HTTP_CHUNK_TOO_LONG, "-sS", "-m", "5", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-six-encodings", "six transfer encodings: exit 61", Fault.HTTP_SIX_ENCODINGS, "-sS",
                        "http://127.0.0.1:{port}/"),
                curl("curl-O-no-name", "-O on a URL ending in '/': exit 23", Fault.HTTP_OK, "-O",
                        "http://127.0.0.1:{port}/"),
                curl("curl-retry-max-time", "--retry 3 --retry-max-time 2 -m 0.5: no try after 2 s", Fault.SILENT,
                        "-sS", "--retry", "3", "--retry-max-time", "2", "-m", "0.5", "http://127.0.0.1:{port}/"),
                curl("curl-retry-f-meter", "--retry 1 --retry-all-errors -f on a 404, the meter knows the size",
                        Fault.HTTP_404, "--retry", "1", "--retry-all-errors", "-f", "http://127.0.0.1:{port}/"),
                curl("curl-glob-set-output", "a {a,b} set into -o 'f_#1.txt'", Fault.HTTP_ECHO_REQUEST, "-sS",
                        "-o", "f_#1.txt", "http://127.0.0.1:{port}/{a,b}"),
                curl("curl-glob-ranges", "[01-03:2] and [a-b] ranges, the rightmost turning fastest", Fault.HTTP_OK,
                        "-sS", "-o", "/dev/null", "-w", "%{url_effective} %{urlnum}\\n",
                        "http://127.0.0.1:{port}/[01-03:2][a-b]"),
                curl("curl-glob-unmatched", "an unmatched brace: exit 3 and the caret", Fault.HTTP_OK, "-sS",
                        "http://127.0.0.1:{port}/{a"),
                curl("curl-glob-bad-range", "[3-1]: bad range", Fault.HTTP_OK, "-sS", "http://127.0.0.1:{port}/[3-1]"),
                curl("curl-globoff", "-g takes braces literally", Fault.HTTP_ECHO_REQUEST, "-sSg",
                        "http://127.0.0.1:{port}/{a"),
                curl("curl-proxy", "-x: the absolute request a proxy gets", Fault.HTTP_ECHO_REQUEST, "-sS",
                        "-x", "http://127.0.0.1:{port}", "http://target.lab.test/z?q"),
                curl("curl-full-small", "-o /dev/full, a small body: fclose() fails, 'Failed writing body'",
                        Fault.HTTP_OK, "-sS", "-o", "/dev/full", "-w", "%{exitcode}\\n", "http://127.0.0.1:{port}/"),
                curl("curl-full-big", "-o /dev/full, a 64 KiB body: fwrite() fails on the way", Fault.HTTP_BIG,
                        "-sS", "-o", "/dev/full", "http://127.0.0.1:{port}/"),
                curl("curl-output-no-dir", "-o into a folder that does not exist", Fault.HTTP_OK, "-sS", "-o",
                        "no/such/dir/file", "http://127.0.0.1:{port}/"),
                curl("curl-retry-after", "--retry 1 on a 503 with Retry-After: 2: the server's wait", Fault.HTTP_503_RETRY_AFTER,
                        "--retry", "1", "-o", "out", "http://127.0.0.1:{port}/"),
                curl("curl-retry-after-too-long", "Retry-After: 2 beyond --retry-max-time 1: no retry, a warning",
                        Fault.HTTP_503_RETRY_AFTER, "--retry", "1", "--retry-max-time", "1", "-w", "%{http_code}\\n",
                        "http://127.0.0.1:{port}/"),
                new Scenario("curl-expect-waits", "curl", "a 1 MiB POST, no 100 from the server: the body waits 1 s",
                        List.of("-sS", "--data-binary", "@-", "-o", "out", "-w", "%{http_code} %{size_upload}\\n",
                                "http://127.0.0.1:{port}/"), Fault.HTTP_ECHO_REQUEST, StdinSpec.text(BIG_BODY, 0), HANG),
                new Scenario("curl-expect-timeout", "curl", "--expect100-timeout 0.3: the body waits 0.3 s",
                        List.of("-sS", "--expect100-timeout", "0.3", "--data-binary", "@-", "-o", "out",
                                "http://127.0.0.1:{port}/"), Fault.HTTP_ECHO_REQUEST, StdinSpec.text(BIG_BODY, 0), HANG),
                new Scenario("curl-expect-continue", "curl", "a 1 MiB POST, the server says 100: no wait",
                        List.of("-sS", "-i", "--data-binary", "@-", "-o", "out", "http://127.0.0.1:{port}/"),
                        Fault.HTTP_ECHO_CONTINUE, StdinSpec.text(BIG_BODY, 0), HANG),
                curl("curl-flag-like-file", "-o with a name like a flag: the warning", Fault.HTTP_OK, "-o", "-x1",
                        "-s", "http://127.0.0.1:{port}/")));
        all.addAll(CurlSuiteScenarios.all());
        all.addAll(CurlProtocolScenarios.all());
        all.addAll(CurlSshScenarios.all());
        all.addAll(CurlLdapScenarios.all());
        all.addAll(CurlSmbScenarios.all());
        return all;
    }

    /** The seed article's nc rows. */
    static List<Scenario> ncMatrix() {
        return List.of(
                nc("nc-blackhole-kernel", "no option, black hole: the kernel's SYN retries", Fault.BLACK_HOLE,
                        StdinSpec.EMPTY, "-v", "127.0.0.1", "{port}"),
                nc("nc-blackhole-w2", "-w 2, black hole: select() connect timeout", Fault.BLACK_HOLE,
                        StdinSpec.EMPTY, "-v", "-w", "2", "127.0.0.1", "{port}"),
                nc("nc-silent-w2", "-w 2, silent server: poll() idle timeout, exit 0", Fault.SILENT,
                        StdinSpec.openFor(5000), "-w", "2", "127.0.0.1", "{port}"),
                nc("nc-refused", "refused", Fault.REFUSED, StdinSpec.EMPTY, "-v", "127.0.0.1", "{port}"));
    }

    /** The nc rows of the side-by-side tests: the matrix rows and more. */
    public static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>(ncMatrix());
        all.addAll(List.of(
                nc("nc-refused-quiet", "refused, no -v", Fault.REFUSED, StdinSpec.EMPTY, "127.0.0.1", "{port}"),
                nc("nc-blackhole-w1-z", "-z -w 1, black hole, no -v", Fault.BLACK_HOLE, StdinSpec.EMPTY,
                        "-z", "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-blackhole-vzw1", "-vzw1 clustered, black hole", Fault.BLACK_HOLE, StdinSpec.EMPTY,
                        "-vzw1", "127.0.0.1", "{port}"),
                nc("nc-z-open", "-z -v to an open port", Fault.SILENT, StdinSpec.EMPTY,
                        "-z", "-v", "127.0.0.1", "{port}"),
                nc("nc-drip-600-w1", "-w 1, a line every 0.6 s: -w is an idle timer, not a total", Fault.DRIP_EVERY_600MS,
                        StdinSpec.EMPTY, "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-drip-1500-w1", "-w 1, a line every 1.5 s: the idle timer fires between lines",
                        Fault.DRIP_EVERY_1500MS, StdinSpec.EMPTY, "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-silent-w1-eof", "-w 1, silent server, stdin at EOF", Fault.SILENT, StdinSpec.EMPTY,
                        "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-w0-open", "-w 0 to an open port: the idle poll returns at once", Fault.SILENT,
                        StdinSpec.openFor(3000), "-w", "0", "127.0.0.1", "{port}"),
                nc("nc-echo-N", "-N, echo server", Fault.ECHO, StdinSpec.text("one line\n", 0),
                        "-N", "127.0.0.1", "{port}"),
                nc("nc-echo-sockopts", "-N -D -M 7 -m 1 -T lowdelay -I 8192, echo server: the options jnr sets",
                        Fault.ECHO, StdinSpec.text("ttl\n", 0),
                        "-N", "-D", "-M", "7", "-m", "1", "-T", "lowdelay", "-I", "8192", "127.0.0.1", "{port}"),
                nc("nc-minttl-too-high", "-m 255: the kernel drops the SYN-ACK (TTL 64), -w 1 ends the connect",
                        Fault.ECHO, StdinSpec.openFor(3000), "-v", "-m", "255", "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-F-to-a-pipe", "-F with stdout a pipe: sendmsg() refused", Fault.ECHO, StdinSpec.EMPTY,
                        "-F", "127.0.0.1", "{port}"),
                nc("nc-socks5", "-x SOCKS5 proxy, a name the proxy resolves", Fault.SOCKS5_ECHO,
                        StdinSpec.text("via socks5\n", 0), "-N", "-v", "-x", "127.0.0.1:{port}", "target.test", "80"),
                nc("nc-socks5-literal", "-x SOCKS5 proxy, an IPv6 literal", Fault.SOCKS5_ECHO,
                        StdinSpec.text("v6\n", 0), "-N", "-x", "127.0.0.1:{port}", "::1", "22"),
                nc("nc-socks5-refused", "-x SOCKS5 proxy answering 'connection refused'", Fault.SOCKS5_REFUSED,
                        StdinSpec.EMPTY, "-v", "-x", "127.0.0.1:{port}", "target.test", "80"),
                nc("nc-socks5-no-method", "-x SOCKS5 proxy accepting no method", Fault.SOCKS5_NO_METHOD,
                        StdinSpec.EMPTY, "-x", "127.0.0.1:{port}", "target.test", "80"),
                nc("nc-socks5-closes", "-x proxy closing at once: atomicio's EPIPE", Fault.ACCEPT_THEN_CLOSE,
                        StdinSpec.EMPTY, "-x", "127.0.0.1:{port}", "target.test", "80"),
                new Scenario("nc-socks5-silent-w1", "nc", "-x silent proxy, -w 1: the handshake has no timer",
                        List.of("-w", "1", "-x", "127.0.0.1:{port}", "target.test", "80"), Fault.SILENT,
                        StdinSpec.EMPTY, 3000),
                nc("nc-socks4", "-X 4 SOCKS4 proxy", Fault.SOCKS4_ECHO, StdinSpec.text("via socks4\n", 0),
                        "-N", "-X", "4", "-x", "127.0.0.1:{port}", "127.0.0.1", "80"),
                nc("nc-socks4-rejected", "-X 4 SOCKS4 proxy rejecting", Fault.SOCKS4_REJECTED, StdinSpec.EMPTY,
                        "-X", "4", "-x", "127.0.0.1:{port}", "127.0.0.1", "80"),
                nc("nc-socks4-unknown-host", "-X 4 with a name that does not resolve", Fault.SOCKS4_ECHO,
                        StdinSpec.EMPTY, "-X", "4", "-x", "127.0.0.1:{port}", "nohost.invalid", "80"),
                nc("nc-connect-proxy", "-X connect HTTP proxy", Fault.HTTP_CONNECT_ECHO,
                        StdinSpec.text("via connect\n", 0), "-N", "-v", "-X", "connect", "-x", "127.0.0.1:{port}",
                        "target.test", "443"),
                nc("nc-connect-forbidden", "-X connect proxy answering 403", Fault.HTTP_CONNECT_FORBIDDEN,
                        StdinSpec.EMPTY, "-X", "connect", "-x", "127.0.0.1:{port}", "target.test", "443"),
                nc("nc-connect-407-no-tty", "-X connect -P user, 407 and no terminal for the password",
                        Fault.HTTP_CONNECT_AUTH_REQUIRED, StdinSpec.EMPTY, "-X", "connect", "-P", "user", "-x",
                        "127.0.0.1:{port}", "target.test", "443"),
                nc("nc-connect-ipv6-literal", "-X connect with an IPv6 literal: CONNECT [::1]:443",
                        Fault.HTTP_CONNECT_ECHO, StdinSpec.text("v6\n", 0), "-N", "-X", "connect", "-x",
                        "127.0.0.1:{port}", "::1", "443"),
                nc("nc-connect-bad-hostname", "-X connect with a space in the host: 'Invalid hostname'",
                        Fault.HTTP_CONNECT_ECHO, StdinSpec.EMPTY, "-X", "connect", "-x", "127.0.0.1:{port}",
                        "two words", "443"),
                nc("nc-echo-q1", "-q 1, echo server: quit timer after both sides end", Fault.ECHO,
                        StdinSpec.text("x\n", 0), "-q", "1", "127.0.0.1", "{port}"),
                new Scenario("nc-silent-q1-hang", "nc", "-q 1, silent server: the quit timer never starts",
                        List.of("-q", "1", "127.0.0.1", "{port}"), Fault.SILENT, StdinSpec.text("x\n", 0), 4000),
                nc("nc-hello-close", "-v, server says hello and closes; stdin open 1 s", Fault.HELLO_THEN_CLOSE,
                        StdinSpec.openFor(1000), "-v", "127.0.0.1", "{port}"),
                nc("nc-hello-stall-w1", "-w 1, server says hello then stalls", Fault.HELLO_THEN_STALL,
                        StdinSpec.openFor(4000), "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-reset", "server resets at once; stdin open 2 s", Fault.ACCEPT_THEN_RESET,
                        StdinSpec.openFor(2000), "127.0.0.1", "{port}"),
                nc("nc-close", "server closes at once; stdin open 1 s", Fault.ACCEPT_THEN_CLOSE,
                        StdinSpec.openFor(1000), "-w", "3", "127.0.0.1", "{port}"),
                nc("nc-udp-zv", "-uzv, silent UDP server: 3 s probe", Fault.UDP_SILENT, StdinSpec.EMPTY,
                        "-uzv", "127.0.0.1", "{port}"),
                nc("nc-udp-zv-w1", "-uzv -w 1, silent UDP server", Fault.UDP_SILENT, StdinSpec.EMPTY,
                        "-uzv", "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-udp-zv-closed", "-uzv, closed UDP port: ICMP refusal", Fault.UDP_CLOSED, StdinSpec.EMPTY,
                        "-uzv", "127.0.0.1", "{port}"),
                nc("nc-udp-echo", "-u -w 1, UDP echo", Fault.UDP_ECHO, StdinSpec.text("ping\n", 2000),
                        "-u", "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-udp-q1", "-u -q 1: stdin's end also ends UDP's read side, then the quit timer", Fault.UDP_ECHO,
                        StdinSpec.text("ping\n", 0), "-u", "-q", "1", "127.0.0.1", "{port}"),
                nc("nc-udp-q0", "-u -q 0: out at stdin's end", Fault.UDP_SILENT, StdinSpec.text("x\n", 0),
                        "-u", "-q", "0", "127.0.0.1", "{port}"),
                new Scenario("nc-udp-N-hang", "nc", "-u -N: no -q, so UDP keeps listening after stdin's end",
                        List.of("-u", "-N", "127.0.0.1", "{port}"), Fault.UDP_SILENT, StdinSpec.text("x\n", 0), 3000),
                nc("nc-range", "-zv over a range ending in a refused port", Fault.REFUSED, StdinSpec.EMPTY,
                        "-zv", "127.0.0.1", "{port}-{port}"),
                nc("nc-hosts-name", "-zv to a name from /etc/hosts", Fault.SILENT, StdinSpec.EMPTY,
                        "-zv", "lab.test", "{port}"),
                nc("nc-localhost-refused", "-v localhost refused: both addresses tried, ::1 first", Fault.REFUSED,
                        StdinSpec.EMPTY, "-v", "localhost", "{port}"),
                nc("nc-4-ip6-localhost", "-4 with an IPv6-only hosts name: glibc answers 127.0.0.1", Fault.SILENT,
                        StdinSpec.EMPTY, "-4", "-zv", "ip6-localhost", "{port}"),
                nc("nc-unknown-host", "unknown host, no DNS server", Fault.REFUSED, StdinSpec.EMPTY,
                        "-v", "nohost.invalid", "{port}"),
                nc("nc-n-name", "-n with a name", Fault.REFUSED, StdinSpec.EMPTY, "-n", "localhost", "{port}"),
                nc("nc-bad-w", "-w abc", Fault.REFUSED, StdinSpec.EMPTY, "-w", "abc", "127.0.0.1", "{port}"),
                nc("nc-w-negative", "-w -1", Fault.REFUSED, StdinSpec.EMPTY, "-w", "-1", "127.0.0.1", "{port}"),
                nc("nc-w-fraction", "-w 1.5", Fault.REFUSED, StdinSpec.EMPTY, "-w", "1.5", "127.0.0.1", "{port}"),
                nc("nc-bad-port", "port out of range", Fault.REFUSED, StdinSpec.EMPTY, "127.0.0.1", "65536"),
                nc("nc-no-port", "no port", Fault.REFUSED, StdinSpec.EMPTY, "127.0.0.1"),
                nc("nc-bad-option", "unknown option", Fault.REFUSED, StdinSpec.EMPTY, "-j", "127.0.0.1", "{port}"),
                nc("nc-missing-value", "-w without a value, after the operands", Fault.REFUSED, StdinSpec.EMPTY,
                        "127.0.0.1", "{port}", "-w"),
                nc("nc-help", "-h", Fault.REFUSED, StdinSpec.EMPTY, "-h")));
        return all;
    }
}
