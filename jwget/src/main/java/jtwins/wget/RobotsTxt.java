package jtwins.wget;

import java.util.ArrayList;
import java.util.List;

/**
 * res.c's robots.txt: the records whose User-Agent is "*" or "wget" (only wget's, when it has its
 * own), each Allow/Disallow path kept in order, an empty Disallow allowing everything; a path is
 * judged by the first rule that is its prefix (%XX decoded on both sides except %2F), allowed when
 * none is.
 */
final class RobotsTxt {
    private record Rule(String path, boolean allowed, boolean exact) {
    }

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = rules;
    }

    /** The specs registered when robots.txt could not be had: everything allowed. */
    static RobotsTxt allowAll() {
        return new RobotsTxt(List.of());
    }

    /** res_parse(). */
    static RobotsTxt parse(String source, WgetLog log) {
        List<Rule> rules = new ArrayList<>();
        boolean applies = false;
        boolean exact = false;
        boolean foundExact = false;
        int recordCount = 0;
        int lineCount = 1;
        int p = 0;
        int end = source.length();
        while (p < end) {
            int nl = source.indexOf('\n', p);
            int lineEndReal = nl < 0 ? end : nl + 1;
            String line = source.substring(p, lineEndReal);
            p = lineEndReal;
            int at = 0;
            while (at < line.length() && isSpace(line.charAt(at))) {
                at++;
            }
            if (at == line.length() || line.charAt(at) == '#') {
                lineCount++;
                continue;
            }
            int stop = at;
            while (stop < line.length() && !(line.charAt(stop) == '#' && (stop == at || isSpace(line.charAt(stop - 1))))) {
                stop++;
            }
            while (stop > at && isSpace(line.charAt(stop - 1))) {
                stop--;
            }
            int fieldEnd = at;
            while (fieldEnd < stop && (Character.isLetterOrDigit(line.charAt(fieldEnd)) || line.charAt(fieldEnd) == '-')) {
                fieldEnd++;
            }
            String field = line.substring(at, fieldEnd);
            int q = fieldEnd;
            while (q < stop && isSpace(line.charAt(q))) {
                q++;
            }
            if (field.isEmpty() || q >= stop || line.charAt(q) != ':') {
                log.debug("Ignoring malformed line " + lineCount + "\n");
                lineCount++;
                continue;
            }
            q++;
            while (q < stop && isSpace(line.charAt(q))) {
                q++;
            }
            String value = line.substring(q, stop);
            if (field.equalsIgnoreCase("user-agent")) {
                if (recordCount != 0 || !applies) {
                    applies = value.equals("*") || value.equalsIgnoreCase("wget");
                    exact = value.equalsIgnoreCase("wget");
                }
                if (exact) {
                    foundExact = true;
                }
                recordCount = 0;
            } else if (field.equalsIgnoreCase("allow")) {
                if (applies) {
                    rules.add(new Rule(stripSlash(value), true, exact));
                }
                recordCount++;
            } else if (field.equalsIgnoreCase("disallow")) {
                if (applies) {
                    rules.add(new Rule(stripSlash(value), value.isEmpty(), exact));
                }
                recordCount++;
            } else {
                log.debug("Ignoring unknown field at line " + lineCount + "\n");
            }
            lineCount++;
        }
        if (foundExact) {
            rules.removeIf(r -> !r.exact());
        }
        return new RobotsTxt(rules);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** res_match_path(): the URL's path, without its leading slash. */
    boolean allows(String path, WgetLog log) {
        for (Rule r : rules) {
            if (matches(r.path(), path)) {
                log.debug((r.allowed() ? "Allowing" : "Rejecting") + " path " + path + " because of rule "
                        + Quote.of(r.path()) + ".\n");
                return r.allowed();
            }
        }
        return true;
    }

    /** matches(): the rule is a prefix of the path, each side's %XX decoded unless it is a slash. */
    private static boolean matches(String rule, String path) {
        int r = 0;
        int u = 0;
        while (true) {
            if (r >= rule.length()) {
                return true;
            }
            if (u >= path.length()) {
                return false;
            }
            int[] rc = decodeMaybe(rule, r);
            int[] uc = decodeMaybe(path, u);
            if (rc[0] != uc[0]) {
                return false;
            }
            r = rc[1];
            u = uc[1];
        }
    }

    private static int[] decodeMaybe(String s, int i) {
        char c = s.charAt(i);
        if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                && Character.digit(s.charAt(i + 2), 16) >= 0) {
            int decoded = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
            if (decoded != '/') {
                return new int[] {decoded, i + 3};
            }
        }
        return new int[] {c, i + 1};
    }
}
