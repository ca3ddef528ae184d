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

    ResponseHead(int status, boolean http10) {
        this.status = status;
        this.http10 = http10;
    }

    /** The server will close after this response: "Connection: close", or HTTP/1.0 without keep-alive. */
    boolean closesConnection() {
        String c = value("connection");
        String v = c == null ? "" : c.toLowerCase(Locale.ROOT);
        return v.contains("close") || (http10 && !v.contains("keep-alive"));
    }

    /** The status line "HTTP/1.x NNN reason": the code, or -1 when it is not one (HTTP/0.9 or junk). */
    static int statusOf(String line) {
        if (!line.startsWith("HTTP/") || line.length() < 12) {
            return -1;
        }
        int space = line.indexOf(' ');
        if (space < 0 || space + 4 > line.length()) {
            return -1;
        }
        int code = 0;
        for (int i = space + 1; i < space + 4; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            code = code * 10 + (c - '0');
        }
        return code;
    }

    void field(String line) {
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

    /** Content-Length, or -1 when absent or not a number. */
    long contentLength() {
        String v = value("content-length");
        if (v == null || v.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    boolean chunked() {
        String v = value("transfer-encoding");
        return v != null && v.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /** A status with no body whatever the headers say. */
    boolean bodyless() {
        return (status >= 100 && status < 200) || status == 204 || status == 304;
    }

    boolean redirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && value("location") != null;
    }
}
