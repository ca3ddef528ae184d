package jtwins.curl;

/**
 * The number rules of curl's tool_paramhlp.c: integers as strtol(…, 10) reads them (leading blanks
 * and a sign allowed, nothing after), seconds as strtod() reads them (exponents and hex floats too),
 * each with its own refusal.
 */
final class CurlNumbers {
    private CurlNumbers() {
    }

    /** str2num(): a whole number, any sign. */
    static long integer(String s) throws ParamError.Refused {
        if (s.isEmpty()) {
            throw ParamError.BAD_NUMERIC.refused();
        }
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsFrom = i;
        long value = 0;
        boolean overflow = false;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            int d = s.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - d) / 10) {
                overflow = true;
            } else {
                value = value * 10 + d;
            }
            i++;
        }
        if (i == digitsFrom || i != s.length()) {
            // strtol() stops at the first non-digit; anything left, or no digit at all, is "badness"
            throw (overflow ? ParamError.NUMBER_TOO_LARGE : ParamError.BAD_NUMERIC).refused();
        }
        if (overflow) {
            throw ParamError.NUMBER_TOO_LARGE.refused();
        }
        return negative ? -value : value;
    }

    /** str2unum(): a whole number that may not be negative. */
    static long unsigned(String s) throws ParamError.Refused {
        long v = integer(s);
        if (v < 0) {
            throw ParamError.NEGATIVE_NUMERIC.refused();
        }
        return v;
    }

    /** str2unummax(): as unsigned(), with an upper bound. */
    static long unsignedMax(String s, long max) throws ParamError.Refused {
        long v = unsigned(s);
        if (v > max) {
            throw ParamError.NUMBER_TOO_LARGE.refused();
        }
        return v;
    }

    /**
     * str2offset(): a leading '-' refused as negative, then curlx_strtoofft(): blanks, then digits
     * and nothing after them.
     */
    static long offset(String s) throws ParamError.Refused {
        if (s.startsWith("-")) {
            throw ParamError.NEGATIVE_NUMERIC.refused();
        }
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '-') {
            throw ParamError.BAD_NUMERIC.refused();
        }
        if (i < s.length() && s.charAt(i) == '+') {
            i++;
        }
        int digitsFrom = i;
        long value = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            int d = s.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - d) / 10) {
                throw ParamError.NUMBER_TOO_LARGE.refused();
            }
            value = value * 10 + d;
            i++;
        }
        if (i == digitsFrom || i != s.length()) {
            throw ParamError.BAD_NUMERIC.refused();
        }
        return value;
    }

    /** GetSizeParameter(): a byte count with an optional k, M or G (powers of 1024). */
    static long size(String s) throws ParamError.Refused {
        if (s.isEmpty()) {
            throw ParamError.BAD_NUMERIC.refused();
        }
        char last = Character.toLowerCase(s.charAt(s.length() - 1));
        int shift = last == 'k' ? 10 : last == 'm' ? 20 : last == 'g' ? 30 : 0;
        long v = unsigned(shift == 0 ? s : s.substring(0, s.length() - 1));
        if (v > (Long.MAX_VALUE >> shift)) {
            throw ParamError.NUMBER_TOO_LARGE.refused();
        }
        return v << shift;
    }

    /** secs2ms(): fractional seconds to milliseconds, refused when negative or beyond LONG_MAX/1000. */
    static long secondsToMillis(String s) throws ParamError.Refused {
        double value = strtod(s);
        if (value > Long.MAX_VALUE / 1000.0) {
            throw ParamError.NUMBER_TOO_LARGE.refused();
        }
        if (value < 0) {
            throw ParamError.NEGATIVE_NUMERIC.refused();
        }
        return (long) (value * 1000);
    }

    /** strtod() over the whole string; ERANGE (overflow and underflow alike) is "too large". */
    private static double strtod(String s) throws ParamError.Refused {
        String t = s.stripLeading();
        if (t.isEmpty() || isSpace(t.charAt(t.length() - 1))) {
            throw ParamError.BAD_NUMERIC.refused();
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        double v;
        try {
            if (unsigned.startsWith("0x")) {
                String hex = unsigned.contains("p") ? unsigned : unsigned + "p0";
                v = Double.parseDouble((negative ? "-" : "") + hex);
            } else {
                if (!isDecimal(unsigned)) {
                    throw ParamError.BAD_NUMERIC.refused();
                }
                v = Double.parseDouble(lower);
            }
        } catch (NumberFormatException e) {
            throw ParamError.BAD_NUMERIC.refused();
        }
        if (Double.isInfinite(v) || (v == 0 && hasNonZeroDigit(unsigned))) {
            throw ParamError.NUMBER_TOO_LARGE.refused();
        }
        return v;
    }

    /** digits[.digits][e[sign]digits], as strtod() takes a decimal number (Java's parser is laxer: "1d"). */
    private static boolean isDecimal(String s) {
        int i = 0;
        int digits = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == 'e') {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == exp) {
                return false;
            }
        }
        return i == s.length();
    }

    private static boolean hasNonZeroDigit(String s) {
        int end = s.indexOf('e');
        String mantissa = end < 0 ? s : s.substring(0, end);
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
