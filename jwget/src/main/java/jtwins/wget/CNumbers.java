package jtwins.wget;

/** The C library's number readers as wget leans on them: strtol() for chunk sizes, strtoll() for Content-Length. */
final class CNumbers {
    private CNumbers() {
    }

    /**
     * strtol(s, NULL, base): blanks, a sign, for base 16 an optional 0x, then the digits up to the
     * first that is not one; none is 0, too many is LONG_MAX (LONG_MIN when negative).
     */
    static long strtol(String s, int base) {
        int p = 0;
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        boolean negative = false;
        if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            negative = s.charAt(p) == '-';
            p++;
        }
        // "0x" only counts when a hex digit follows; otherwise the 0 is the number
        if (base == 16 && (s.startsWith("0x", p) || s.startsWith("0X", p)) && p + 2 < s.length()
                && s.charAt(p + 2) < 128 && Character.digit(s.charAt(p + 2), 16) >= 0) {
            p += 2;
        }
        long value = 0;
        boolean overflow = false;
        while (p < s.length() && s.charAt(p) < 128 && Character.digit(s.charAt(p), base) >= 0) {
            int d = Character.digit(s.charAt(p), base);
            if (value > (Long.MAX_VALUE - d) / base) {
                overflow = true;
            } else {
                value = value * base + d;
            }
            p++;
        }
        if (overflow) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return negative ? -value : value;
    }

    /**
     * http.c's Content-Length: str_to_wgint() (strtoll, base 10): out of range or negative is -1
     * (unknown), no digits at all is 0.
     */
    static long contentLength(String s) {
        long v = strtol(s, 10);
        return v == Long.MAX_VALUE || v < 0 ? -1 : v;
    }
}
