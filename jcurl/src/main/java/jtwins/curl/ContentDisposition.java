package jtwins.curl;

/**
 * -J (tool_cb_hdr.c): the file name a Content-Disposition header's filename= parameter gives — a
 * quoted one up to its quote, else up to ';' — without any directory part and without CR or LF;
 * null when there is none or it would be empty.
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String filename(String headerLine) {
        if (headerLine.length() <= 20 || !headerLine.regionMatches(true, 0, "Content-disposition:", 0, 20)) {
            return null;
        }
        int p = 20;
        int end = headerLine.length();
        while (true) {
            while (p < end && !Character.isLetter(headerLine.charAt(p))) {
                p++;
            }
            if (p > end - 9) {
                return null;
            }
            if (!headerLine.startsWith("filename=", p)) {
                while (p < end && headerLine.charAt(p) != ';') {
                    p++;
                }
                continue;
            }
            return parse(headerLine.substring(p + 9));
        }
    }

    /** parse_filename(). */
    private static String parse(String value) {
        String v = value;
        char stop = ';';
        if (v.startsWith("'") || v.startsWith("\"")) {
            stop = v.charAt(0);
            v = v.substring(1);
        }
        int q = v.indexOf(stop);
        if (q >= 0) {
            v = v.substring(0, q);
        }
        for (char sep : new char[] {'/', '\\'}) {
            int s = v.lastIndexOf(sep);
            if (s >= 0) {
                v = v.substring(s + 1);
                if (v.isEmpty()) {
                    return null;
                }
            }
        }
        int cr = v.indexOf('\r');
        if (cr >= 0) {
            v = v.substring(0, cr);
        }
        int lf = v.indexOf('\n');
        if (lf >= 0) {
            v = v.substring(0, lf);
        }
        return v;
    }
}
