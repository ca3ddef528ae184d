package jtwins.rsync;

import jtwins.common.options.Strtol;

/**
 * glibc's sscanf() for the one format rsync reads a daemon's greeting with, "@RSYNCD: %d.%d": the
 * literal text (its blank matches any run of blanks, none included), then each %d as strtol() reads
 * it (Strtol), kept to its low 32 bits as an int.
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

    /** %d: strtol() from at[0], kept as an int; null without a digit. */
    private static Integer decimal(String s, int[] at) {
        Long v = Strtol.parse(s, at);
        return v == null ? null : (int) (long) v;
    }
}
