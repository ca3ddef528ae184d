package jtwins.wget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** http.c's struct response: the status line and the header lines as they came. */
final class ResponseHead {
    final List<String> lines = new ArrayList<>();
    int statcode;
    String message;
    boolean http09;
    boolean http10;

    /** resp_status: -1 for a status line wget cannot read. */
    static ResponseHead parse(String head) {
        ResponseHead r = new ResponseHead();
        List<String> raw = new ArrayList<>();
        for (int from = 0; from <= head.length(); ) {
            int nl = head.indexOf('\n', from);
            int end = nl < 0 ? head.length() : nl;
            raw.add(head.substring(from, end > from && head.charAt(end - 1) == '\r' ? end - 1 : end));
            from = end + 1;
        }
        for (String line : raw) {
            if (line.isEmpty()) {
                break;
            }
            if (!r.lines.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                r.lines.set(r.lines.size() - 1, r.lines.get(r.lines.size() - 1) + " " + line.strip());
            } else {
                r.lines.add(line);
            }
        }
        String status = r.lines.isEmpty() ? "" : r.lines.get(0);
        r.statcode = -1;
        // resp_status(): "HTTP", an optional /digits.digits, spaces, three digits, and the rest less its
        // surrounding spaces is the message; no space needs to follow the digits
        if (status.startsWith("HTTP")) {
            int p = 4;
            if (p < status.length() && status.charAt(p) == '/') {
                p++;
                int start = p;
                p = skipDigits(status, p);
                if (p < status.length() && status.charAt(p) == '.') {
                    p++;
                }
                p = skipDigits(status, p);
                r.http10 = status.substring(start, p).equals("1.0");
            }
            while (p < status.length() && isSpace(status.charAt(p))) {
                p++;
            }
            if (p + 3 <= status.length() && digits(status, p, p + 3)) {
                r.statcode = Integer.parseInt(status.substring(p, p + 3));
                int from = p + 3;
                int to = status.length();
                while (from < to && isSpace(status.charAt(from))) {
                    from++;
                }
                while (to > from && isSpace(status.charAt(to - 1))) {
                    to--;
                }
                r.message = status.substring(from, to);
            }
        }
        return r;
    }

    private static int skipDigits(String s, int p) {
        while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        return p;
    }

    /** C's isspace() in the C locale. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** resp_header_copy: the first header of that name, its value trimmed; null when absent. */
    String header(String name) {
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** resp_header_locate() in turn: every header of that name, each value trimmed. */
    java.util.List<String> headers(String name) {
        java.util.List<String> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                out.add(line.substring(colon + 1).strip());
            }
        }
        return out;
    }

    boolean headerContains(String name, String token) {
        String v = header(name);
        return v != null && v.toLowerCase(Locale.ROOT).contains(token.toLowerCase(Locale.ROOT));
    }
}
