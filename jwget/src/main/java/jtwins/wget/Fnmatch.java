package jtwins.wget;

/**
 * fnmatch(3) as wget calls it for -A/-R (no flags) and -I/-X (FNM_PATHNAME): '*', '?', bracket
 * expressions with ranges and '!'/'^', backslash escapes; with FNM_PATHNAME no wildcard matches '/'.
 * Case folded for --ignore-case (FNM_CASEFOLD).
 */
final class Fnmatch {
    private Fnmatch() {
    }

    static boolean matches(String pattern, String string, boolean pathname, boolean fold) {
        return match(pattern, 0, string, 0, pathname, fold);
    }

    private static boolean match(String p, int pi, String s, int si, boolean pathname, boolean fold) {
        while (pi < p.length()) {
            char c = p.charAt(pi++);
            switch (c) {
                case '?' -> {
                    if (si >= s.length() || (pathname && s.charAt(si) == '/')) {
                        return false;
                    }
                    si++;
                }
                case '*' -> {
                    while (pi < p.length() && p.charAt(pi) == '*') {
                        pi++;
                    }
                    if (pi == p.length()) {
                        return !pathname || s.indexOf('/', si) < 0;
                    }
                    for (int k = si; k <= s.length(); k++) {
                        if (match(p, pi, s, k, pathname, fold)) {
                            return true;
                        }
                        if (k < s.length() && pathname && s.charAt(k) == '/') {
                            return false;
                        }
                    }
                    return false;
                }
                case '[' -> {
                    if (si >= s.length() || (pathname && s.charAt(si) == '/')) {
                        return false;
                    }
                    int close = bracketEnd(p, pi);
                    if (close < 0) {
                        // no closing bracket: a literal '['
                        if (!same('[', s.charAt(si), fold)) {
                            return false;
                        }
                        si++;
                        continue;
                    }
                    if (!inBracket(p, pi, close, s.charAt(si), fold)) {
                        return false;
                    }
                    si++;
                    pi = close + 1;
                }
                case '\\' -> {
                    char lit = pi < p.length() ? p.charAt(pi++) : '\\';
                    if (si >= s.length() || !same(lit, s.charAt(si), fold)) {
                        return false;
                    }
                    si++;
                }
                default -> {
                    if (si >= s.length() || !same(c, s.charAt(si), fold)) {
                        return false;
                    }
                    si++;
                }
            }
        }
        return si == s.length();
    }

    private static int bracketEnd(String p, int from) {
        int i = from;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        return p.indexOf(']', i);
    }

    private static boolean inBracket(String p, int from, int close, char c, boolean fold) {
        int i = from;
        boolean negate = false;
        if (p.charAt(i) == '!' || p.charAt(i) == '^') {
            negate = true;
            i++;
        }
        boolean found = false;
        while (i < close) {
            char lo = p.charAt(i);
            if (i + 2 < close && p.charAt(i + 1) == '-') {
                char hi = p.charAt(i + 2);
                char x = fold ? Character.toLowerCase(c) : c;
                if ((x >= (fold ? Character.toLowerCase(lo) : lo) && x <= (fold ? Character.toLowerCase(hi) : hi))) {
                    found = true;
                }
                i += 3;
            } else {
                if (same(lo, c, fold)) {
                    found = true;
                }
                i++;
            }
        }
        return found != negate;
    }

    private static boolean same(char a, char b, boolean fold) {
        return a == b || (fold && Character.toLowerCase(a) == Character.toLowerCase(b));
    }
}
