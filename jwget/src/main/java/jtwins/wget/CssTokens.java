package jtwins.wget;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of css.l's scanner that get_urls_css() looks at: comments and strings stepped over,
 * url(...) tokens (quoted or not, blanks inside trimmed), and @import followed by a string or url().
 * Each found URI keeps where it is in the document (without its quotes) for link conversion.
 */
final class CssTokens {
    record Token(String uri, int pos, int size, boolean imported) {
    }

    private CssTokens() {
    }

    static List<Token> scan(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int p = from;
        boolean afterImport = false;
        while (p < to) {
            char c = text.charAt(p);
            if (c == '/' && p + 1 < to && text.charAt(p + 1) == '*') {
                int close = text.indexOf("*/", p + 2);
                p = close < 0 || close + 2 > to ? to : close + 2;
                continue;
            }
            if (c == '"' || c == '\'') {
                int close = stringEnd(text, p, to);
                if (close < 0) {
                    // an unterminated string is an invalid token up to the end of its line
                    p = lineEnd(text, p, to);
                    afterImport = false;
                    continue;
                }
                if (afterImport && close - p >= 2) {
                    out.add(new Token(text.substring(p + 1, close - 1), p + 1, close - p - 2, true));
                }
                afterImport = false;
                p = close;
                continue;
            }
            if ((c == 'u' || c == 'U') && text.regionMatches(true, p, "url(", 0, 4)
                    && (p == from || !nameChar(text.charAt(p - 1)))) {
                int close = uriEnd(text, p + 4, to);
                if (close > 0) {
                    Token t = uri(text, p, close, afterImport);
                    if (t != null) {
                        out.add(t);
                    }
                    p = close;
                } else {
                    p = badUriEnd(text, p + 4, to);
                }
                afterImport = false;
                continue;
            }
            if (c == '@' && text.regionMatches(true, p + 1, "import", 0, 6)) {
                afterImport = true;
                p += 7;
                continue;
            }
            if (nameChar(c)) {
                // an identifier, "xurl(" among them, is one token
                while (p < to && nameChar(text.charAt(p))) {
                    p++;
                }
                afterImport = false;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                afterImport = false;
            }
            p++;
        }
        return out;
    }

    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c > 127;
    }

    private static int lineEnd(String text, int p, int to) {
        while (p < to && text.charAt(p) != '\n' && text.charAt(p) != '\r' && text.charAt(p) != '\f') {
            p++;
        }
        return p;
    }

    /** css.l's {baduri}: "url(", blanks, then a string (or what an unterminated one runs to) or URL characters. */
    private static int badUriEnd(String text, int p, int to) {
        while (p < to && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p < to && (text.charAt(p) == '"' || text.charAt(p) == '\'')) {
            int close = stringEnd(text, p, to);
            p = close < 0 ? lineEnd(text, p, to) : close;
        } else {
            while (p < to && urlChar(text.charAt(p))) {
                p++;
            }
        }
        while (p < to && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** css.l's {url}: '!', '#' to '&', '*' to '~', and bytes above 127. */
    private static boolean urlChar(char c) {
        return c == '!' || (c >= '#' && c <= '&') || (c >= '*' && c <= '~') || c > 127;
    }

    /** The index after the closing quote of the string at p, or -1 when a newline or the end comes first. */
    private static int stringEnd(String text, int p, int to) {
        char q = text.charAt(p);
        for (int i = p + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to) {
                i++;
            } else if (c == q) {
                return i + 1;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** The index after the ')' that closes url( at p, or -1 when the token is not a URI. */
    private static int uriEnd(String text, int p, int to) {
        while (p < to && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p < to && (text.charAt(p) == '"' || text.charAt(p) == '\'')) {
            p = stringEnd(text, p, to);
            if (p < 0) {
                return -1;
            }
        } else {
            while (p < to && urlChar(text.charAt(p))) {
                p++;
            }
        }
        while (p < to && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p < to && text.charAt(p) == ')' ? p + 1 : -1;
    }

    /** get_uri_string(): inside url( and ), blanks trimmed, then one pair of quotes. */
    private static Token uri(String text, int start, int close, boolean imported) {
        int pos = start + 4;
        int length = close - start - 5;
        while (length > 0 && Character.isWhitespace(text.charAt(pos))) {
            pos++;
            if (--length == 0) {
                return null;
            }
        }
        while (length > 0 && Character.isWhitespace(text.charAt(pos + length - 1))) {
            length--;
        }
        if (length >= 2 && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
            pos++;
            length -= 2;
        }
        if (length <= 0) {
            return null;
        }
        return new Token(text.substring(pos, pos + length), pos, length, imported);
    }
}
