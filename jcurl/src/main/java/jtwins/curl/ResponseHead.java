package jtwins.curl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A response's status line and header fields as received, with the few curl acts on. */
final class ResponseHead {
    final int status;
    final boolean http10;
    final List<String[]> fields = new ArrayList<>();
    long headerBytes;
    private long size = -1;
    private boolean closeAfter;
    private int encodings;
    /** The codings to undo, as named: Transfer-Encoding's (chunked aside) and, with --compressed, Content-Encoding's. */
    final List<String> transferCodings = new ArrayList<>();
    final List<String> contentCodings = new ArrayList<>();
    private boolean lengthIgnored;
    /** A Content-Length past 63 bits: --max-filesize refuses it (FILESIZE_EXCEEDED). */
    boolean lengthOverflowed;

    /** HTTP/0.9: the bytes read as if they were a status line, the body's start; null for a real head. */
    String http09Body;

    ResponseHead(int status, boolean http10) {
        this.status = status;
        this.http10 = http10;
    }

    private boolean proxyKeepsAlive;

    /** A reply without a head (HTTP/0.9): no status, the body to the close, the connection not kept. */
    static ResponseHead http09(String firstBytes) {
        ResponseHead h = new ResponseHead(0, false);
        h.http09Body = firstBytes;
        h.closeAfter = true;
        return h;
    }

    /** The server will close after this response: "Connection: close", or HTTP/1.0 without keep-alive. */
    boolean closesConnection() {
        String c = value("connection");
        String v = c == null ? "" : c.toLowerCase(Locale.ROOT);
        return v.contains("close") || (http10 && !v.contains("keep-alive") && !proxyKeepsAlive);
    }

    /** "HTTP/1.0 proxy connection set to keep alive": a proxy's HTTP/1.0 answer with Proxy-Connection: keep-alive. */
    void fromProxy() {
        String p = value("proxy-connection");
        proxyKeepsAlive = http10 && p != null && p.toLowerCase(Locale.ROOT).contains("keep-alive");
    }

    /**
     * The status line as lib/http.c reads it, sscanf(" HTTP/%1d.%1d%c%3d%c"): the code; -1 when the
     * line does not start so, nor as " HTTP %3d" (HTTP/0.9, which the caller refuses). A fourth digit
     * or a code under 100 is "Unsupported response code", a version other than 1.0, 1.1, 2 or 3 or no
     * space after it is "Unsupported HTTP version": both curl's error 1.
     */
    static int statusOf(String line) throws TransferFailed {
        Scan in = new Scan(line);
        in.spaces();
        if (!in.literal("HTTP/")) {
            Scan old = new Scan(line);
            old.spaces();
            if (old.literal("HTTP")) {
                old.spaces();
                Integer code = old.number(3);
                if (code != null) {
                    return code;
                }
            }
            return -1;
        }
        Integer major = in.number(1);
        if (major == null) {
            // neither sscanf() form matched, but checkhttpprefix() accepts any "HTTP/" line: a 200
            return 200;
        }
        Integer minor = in.literal(".") ? in.number(1) : null;
        int separator = minor == null ? -1 : in.next();
        if (minor == null && major >= 2) {
            Scan two = new Scan(line.substring(line.indexOf("HTTP/") + 6));
            two.spaces();
            Integer code = two.number(Integer.MAX_VALUE);
            if ((major == 2 || major == 3) && code != null) {
                return code;
            }
        }
        in.spaces();
        Integer code = separator < 0 ? null : in.number(3);
        int digit4 = code == null ? -1 : in.next();
        if ((digit4 >= '0' && digit4 <= '9') || (code != null && code < 100)) {
            throw new TransferFailed(CurlCode.UNSUPPORTED_PROTOCOL, "Unsupported response code in HTTP response");
        }
        if (code == null || separator != ' ') {
            throw new TransferFailed(CurlCode.UNSUPPORTED_PROTOCOL, "Unsupported HTTP version in response");
        }
        int version = major * 10 + minor;
        if (version != 10 && version != 11 && version != 20 && version != 30) {
            throw new TransferFailed(CurlCode.UNSUPPORTED_PROTOCOL,
                    "Unsupported HTTP version (" + major + "." + minor + ") in response");
        }
        return code;
    }

    /** An RTSP status line as http.c reads it, sscanf(" RTSP/%1d.%1d%c%3d") with a blank separator: the code, else -1. */
    static int rtspStatusOf(String line) {
        Scan in = new Scan(line);
        in.spaces();
        if (!in.literal("RTSP/") || in.number(1) == null || !in.literal(".") || in.number(1) == null || in.next() != ' ') {
            return -1;
        }
        in.spaces();
        Integer code = in.number(3);
        return code == null ? -1 : code;
    }

    /** verify_header(): no NUL in any header line, and a colon in every one after the status line. */
    static void verify(String line, boolean statusLine) throws TransferFailed {
        if (line.indexOf('\0') >= 0) {
            throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY, "Nul byte in header");
        }
        // a line starting with a blank continues the one before (folding), which needs no colon
        if (!statusLine && line.indexOf(':') < 0 && !line.startsWith(" ") && !line.startsWith("\t")) {
            throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY, "Header without colon");
        }
    }

    /** What sscanf() does with the few conversions a status line needs. */
    private static final class Scan {
        private final String s;
        private int p;

        Scan(String s) {
            this.s = s;
        }

        void spaces() {
            while (p < s.length() && (s.charAt(p) == ' ' || (s.charAt(p) >= '\t' && s.charAt(p) <= '\r'))) {
                p++;
            }
        }

        boolean literal(String text) {
            if (s.startsWith(text, p)) {
                p += text.length();
                return true;
            }
            return false;
        }

        /** The next char, or -1 at the end. */
        int next() {
            return p < s.length() ? s.charAt(p++) : -1;
        }

        /** %Nd after its own blank skip, at most width chars with a sign; null when no digit. */
        Integer number(int width) {
            int start = p;
            int end = (int) Math.min(s.length(), (long) p + width);
            boolean negative = false;
            if (p < end && (s.charAt(p) == '-' || s.charAt(p) == '+')) {
                negative = s.charAt(p) == '-';
                p++;
            }
            long v = 0;
            int digits = 0;
            while (p < end && s.charAt(p) >= '0' && s.charAt(p) <= '9' && v < Integer.MAX_VALUE) {
                v = v * 10 + (s.charAt(p++) - '0');
                digits++;
            }
            if (digits == 0) {
                p = start;
                return null;
            }
            return (int) (negative ? -v : v);
        }
    }

    /** A header field, or the continuation of the one before (a folded line), joined by a space as curl's headers API does. */
    void field(String line, boolean continuation) {
        if (continuation && !fields.isEmpty()) {
            String[] last = fields.get(fields.size() - 1);
            last[1] = last[1] + " " + line.strip();
            return;
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
            fields.add(new String[] {line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip()});
        }
    }

    String value(String name) {
        String v = null;
        for (String[] f : fields) {
            if (f[0].equals(name)) {
                v = f[1];
            }
        }
        return v;
    }

    /** Content-Length as the last such line set it; -1 when none did. */
    long contentLength() {
        return lengthIgnored ? -1 : size;
    }

    /**
     * Curl_http_header()'s Content-Length, checked before the line is shown or written: after the
     * blanks, a '-' or other white space is invalid (false), and so is no digit at all; the digits
     * up to the first other character are the size; a size past 63 bits is noted and left unknown.
     */
    boolean takeContentLength(String line, DebugTrace verbose) {
        if (!line.regionMatches(true, 0, "Content-Length:", 0, 15) || bodyless()) {
            return true;
        }
        int i = 15;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == line.length() || line.charAt(i) == '-' || Character.isWhitespace(line.charAt(i))) {
            return false;
        }
        int start = line.charAt(i) == '+' ? i + 1 : i;
        int end = start;
        while (end < line.length() && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
            end++;
        }
        if (end == start) {
            return false;
        }
        try {
            size = Long.parseLong(line.substring(start, end));
        } catch (NumberFormatException overflow) {
            closeAfter = true;
            lengthOverflowed = true;
            verbose.info("Overflow Content-Length: value");
        }
        return true;
    }

    /**
     * Curl_build_unencoding_stack(): each encoding a Transfer-Encoding names (chunked aside), and each
     * a Content-Encoding names under --compressed, stacks a decoder; a sixth is refused (false). A
     * Transfer-Encoding without chunked leaves only the close to end the body.
     */
    boolean takeEncodings(String line, boolean compressed) {
        boolean transfer = line.regionMatches(true, 0, "Transfer-Encoding:", 0, 18);
        boolean content = compressed && line.regionMatches(true, 0, "Content-Encoding:", 0, 17);
        if (bodyless() || !transfer && !content) {
            return true;
        }
        boolean chunks = false;
        for (String name : line.substring(line.indexOf(':') + 1).split(",")) {
            String n = name.strip();
            if (transfer && n.equalsIgnoreCase("chunked")) {
                chunks = true;
            } else if (!n.isEmpty()) {
                if (encodings++ >= 5) {
                    return false;
                }
                (transfer ? transferCodings : contentCodings).add(n);
            }
        }
        if (transfer && !chunks) {
            // "HTTP/1.1 transfer-encoding without chunks": a Content-Length is not to be trusted then
            closeAfter = true;
            lengthIgnored = true;
        }
        return true;
    }

    /** streamclose(): the connection is not kept after this response, whatever its headers say. */
    void closeAfter() {
        closeAfter = true;
    }

    /** Whether curl closes the connection after this response ("Closing connection N"). */
    boolean connectionEnds() {
        return closeAfter || closesConnection();
    }

    boolean chunked() {
        String v = value("transfer-encoding");
        return v != null && v.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /** A status with no body whatever the headers say. */
    boolean bodyless() {
        return (status >= 100 && status < 200) || status == 204 || status == 304;
    }

    /** http.c: a 3xx's first Location that is not blank is where curl goes next (and %{redirect_url}). */
    boolean redirect() {
        return status >= 300 && status < 400 && location() != null;
    }

    /** The first Location: header's value, null when there is none or it is blank. */
    String location() {
        for (String[] f : fields) {
            if (f[0].equals("location")) {
                return f[1].isEmpty() ? null : f[1];
            }
        }
        return null;
    }
}
