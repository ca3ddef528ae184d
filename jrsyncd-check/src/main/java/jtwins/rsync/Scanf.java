package jtwins.rsync;

/**
 * glibc's sscanf() for the one format rsync reads a daemon's greeting with, "@RSYNCD: %d.%d": the
 * literal text (its blank matches any run of blanks, none included), then each %d as strtol() reads
 * it, saturated at LONG_MAX or LONG_MIN and kept to its low 32 bits as an int.
 */
final class Scanf {
    private Scanf() {
    }

    /** {protocol, subprotocol}, the subprotocol -1 when the input ends before it; null when not even the protocol is there. */
    static int[] rsyncdGreeting(String s) {
        String literal = "@RSYNCD:";
        if (!s.startsWith(literal)) {
            return null;
        }
        int[] at = {literal.length()};
        Integer protocol = decimal(s, at);
        if (protocol == null) {
            return null;
        }
        if (at[0] >= s.length() || s.charAt(at[0]) != '.') {
            return new int[] {protocol, -1};
        }
        at[0]++;
        Integer sub = decimal(s, at);
        return new int[] {protocol, sub == null ? -1 : sub};
    }

    /** %d: blanks skipped, a sign, digits; null without a digit. */
    private static Integer decimal(String s, int[] at) {
        int i = at[0];
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) >= '\t' && s.charAt(i) <= '\r')) {
            i++;
        }
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
        long result = saturated ? (negative ? Long.MIN_VALUE : Long.MAX_VALUE) : negative ? -value : value;
        return (int) result;
    }
}
