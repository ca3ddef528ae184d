package jtwins.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a curl config file as tool_parsecfg.c reads it: blank and comment lines (first non-blank
 * '#', '/', '*') are skipped; the option runs to a blank, or to '=' or ':' when it has no dash; then
 * blanks and separators; then the parameter, either "quoted with \ escapes" or up to the next blank,
 * noting any words left after it.
 */
record ConfigLine(String option, String parameter, boolean trailingWords) {
    /** The lines of a file, null where a line holds no option, so that numbering stays right. */
    static List<ConfigLine> split(String text) {
        List<ConfigLine> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            out.add(parse(text.substring(start, end)));
            start = end + 1;
        }
        return out;
    }

    static ConfigLine parse(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && isSpace(line.charAt(i))) {
            i++;
        }
        if (i == n || "#/\r\n*".indexOf(line.charAt(i)) >= 0) {
            return null;
        }
        boolean dashed = line.charAt(i) == '-';
        int optionStart = i;
        while (i < n && !isSpace(line.charAt(i)) && !isSeparator(line.charAt(i), dashed)) {
            i++;
        }
        String option = line.substring(optionStart, i);
        while (i < n && (isSpace(line.charAt(i)) || isSeparator(line.charAt(i), dashed))) {
            i++;
        }
        if (i < n && line.charAt(i) == '"') {
            return new ConfigLine(option, unquote(line, i + 1), false);
        }
        int paramStart = i;
        while (i < n && !isSpace(line.charAt(i))) {
            i++;
        }
        String parameter = line.substring(paramStart, i);
        boolean trailing = false;
        if (i < n) {
            i++;
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            trailing = i < n && "\r\n#".indexOf(line.charAt(i)) < 0;
        }
        return new ConfigLine(option, parameter.isEmpty() ? null : parameter, trailing);
    }

    /** unslashquote(): up to the closing quote, with \t \n \r \v and any other escaped character. */
    private static String unquote(String line, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(++i);
                out.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'v' -> '\u000b';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSeparator(char c, boolean dashed) {
        return !dashed && (c == '=' || c == ':');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
