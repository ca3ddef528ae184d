package jtwins.lab;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may differ between an original and its twin in one run and still count as the same: the
 * program name (and path) a line starts with, ephemeral port numbers, dates, elapsed milliseconds.
 */
public final class Normaliser {
    private static final Pattern EPHEMERAL_PORT = Pattern.compile("\\b(3[2-9]\\d{3}|[4-5]\\d{4}|6[0-4]\\d{3}|65[0-5]\\d{2})\\b");
    private static final Pattern ELAPSED = Pattern.compile("\\b\\d+ ?ms\\b");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}");

    private Normaliser() {
    }

    /** @param programs every spelling of the program names in this run (paths and basenames) */
    public static String stderr(String text, String... programs) {
        String s = text;
        for (String program : programs) {
            s = s.replaceAll("(?m)^" + Pattern.quote(program) + ":", Matcher.quoteReplacement("PROG:"));
        }
        s = DATE.matcher(s).replaceAll("DATE");
        s = ELAPSED.matcher(s).replaceAll("N ms");
        return EPHEMERAL_PORT.matcher(s).replaceAll("PORT");
    }
}
