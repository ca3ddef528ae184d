package jtwins.common.resolver;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a line of /etc/hosts, /etc/services or resolv.conf, split on blanks as the C
 * parsers split them. Hand-written: String.split("\\s+") loads and compiles the regex engine,
 * several milliseconds of a twin's start-up.
 */
public final class WhitespaceFields {
    private WhitespaceFields() {
    }

    public static String[] split(String line) {
        List<String> out = new ArrayList<>(4);
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            out.add(line.substring(start, i));
        }
        return out.toArray(new String[0]);
    }
}
