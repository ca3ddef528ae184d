package jtwins.common.options;

/**
 * strtol(text, &end, 10) as glibc has it: blanks, a sign, decimal digits up to the first other
 * character, saturated at LONG_MAX or LONG_MIN; and what C code gets when it keeps that in an int
 * (atoi(), sscanf's %d): the low 32 bits.
 */
public final class Strtol {
    private Strtol() {
    }

    /** The value from position at[0], which moves past the digits; null (at[0] unmoved) without a digit. */
    public static Long parse(String s, int[] at) {
        int i = afterBlanks(s, at[0]);
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int from = i;
        long value = 0;
        boolean saturated = false;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int d = s.charAt(i) - '0';
            if (saturated || value > (Long.MAX_VALUE - d) / 10) {
                saturated = true;
            } else {
                value = value * 10 + d;
            }
        }
        if (i == from) {
            return null;
        }
        at[0] = i;
        return saturated ? (negative ? Long.MIN_VALUE : Long.MAX_VALUE) : negative ? -value : value;
    }

    /**
     * strtoul(text, NULL, 10): as parse() reads it, unsigned: past ULONG_MAX it is ULONG_MAX (-1 as a
     * long), a '-' negates modulo 2^64; 0 without a digit.
     */
    public static long strtoul(String s) {
        int i = afterBlanks(s, 0);
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int d = s.charAt(i) - '0';
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, 10)) > 0) {
                return -1L;
            }
            value = value * 10 + d;
        }
        return negative ? -value : value;
    }

    /** isspace() in the C locale: the blanks both skip before a sign. */
    private static int afterBlanks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) >= '\t' && s.charAt(i) <= '\r')) {
            i++;
        }
        return i;
    }

    /** atoi(): the int a C program keeps, 0 without a digit. */
    public static int atoi(String s) {
        Long v = parse(s, new int[1]);
        return v == null ? 0 : (int) (long) v;
    }
}
