package jtwins.lab;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may differ between an original and its twin in one run and still count as the same: the
 * program name (and path) a line starts with, ephemeral port numbers, dates, elapsed milliseconds,
 * the heap addresses wget -d prints and the random MQTT client id curl -v shows.
 */
public final class Normaliser {
    private static final Pattern EPHEMERAL_PORT = Pattern.compile("\\b(3[2-9]\\d{3}|[4-5]\\d{4}|6[0-4]\\d{3}|65[0-5]\\d{2})\\b");
    private static final Pattern ELAPSED = Pattern.compile("\\b\\d+ ?ms\\b");
    private static final Pattern ELAPSED_LONG = Pattern.compile("\\b\\d+ milliseconds\\b");
    /** curl's progress meter: a run of "\r"-led 78-column records, redrawn as the clock's second changes. */
    private static final Pattern METER_RUN = Pattern.compile("(\r[ 0-9]{3} [^\r\n]{74})+");
    /** wget's rates: "(927 KB/s)" in the saved line and the FINISHED lines. */
    private static final Pattern WGET_RATE = Pattern.compile("\\([0-9.]+ [KMG]?[Bb]/s\\)");
    /** wget's dot rows: the rate and the ETA or total time after the percentage depend on the clock. */
    private static final Pattern WGET_DOT_ROW = Pattern.compile("(?m)^( *[0-9]+K [ .,]+?)( *[0-9]+%)? +[0-9.]+[ KMG](=[0-9.]+s|=[0-9hms]+| [0-9hmsd]+)?$");
    private static final Pattern WGET_WALL = Pattern.compile("(?m)^(Total wall clock time:) .*$");
    /** convert_all_links()'s closing line: how long the conversion took. */
    private static final Pattern WGET_CONVERTED = Pattern.compile("(?m)^(Converted links in \\d+ files in) \\S+ (seconds\\.)$");
    private static final Pattern WGET_DOWNLOADED = Pattern.compile("(?m)^(Downloaded: [0-9]+ files, \\S+ in) \\S+");
    /** wget -d's pointers (host.c's address lists): malloc()'s addresses, another each run. */
    private static final Pattern HEAP_ADDRESS = Pattern.compile("\\b0x[0-9a-f]{6,16}\\b");
    /** mqtt.c's client id: "curl" and eight random hex digits, in -v's note and in the CONNECT packet shown. */
    private static final Pattern MQTT_CLIENT_ID = Pattern.compile("curl[0-9a-f]{8}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}");

    private Normaliser() {
    }

    /**
     * A run of meter records becomes its last record with the clock-made columns masked (average
     * speed, the three times, current speed): how many redraws fall in a run depends on where the
     * second boundaries fall, the sizes and percentages at the end do not. For the same reason a
     * record equal to the one before it is dropped, wherever it falls between other lines.
     */
    static String meter(String s) {
        Matcher m = METER_RUN.matcher(s);
        StringBuilder out = new StringBuilder();
        String previous = null;
        while (m.find()) {
            String run = m.group();
            String last = run.substring(run.lastIndexOf('\r'));
            String masked = last.length() < 79 ? last
                    : last.substring(0, 34) + "SPEED" + last.substring(39, 47) + "TIMES" + last.substring(73, 74) + "SPEED";
            String record = "METER" + masked.substring(1);
            // a redraw that shows the figures the last one showed says only that a second went by
            m.appendReplacement(out, Matcher.quoteReplacement(record.equals(previous) ? "" : record));
            previous = record;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** @param programs every spelling of the program names in this run (paths and basenames) */
    public static String stderr(String text, String... programs) {
        String s = text;
        for (String program : programs) {
            s = s.replaceAll("(?m)^" + Pattern.quote(program) + ":", Matcher.quoteReplacement("PROG:"));
            // the MariaDB client rings the bell before its name, also after "Waiting for ... answer."
            s = s.replace("\u0007" + program + ":", "\u0007PROG:");
        }
        for (String program : programs) {
            s = s.replace("Usage: " + program + " ", "Usage: PROG ").replace("`" + program + " --help'", "`PROG --help'");
        }
        s = DATE.matcher(s).replaceAll("DATE");
        s = HEAP_ADDRESS.matcher(s).replaceAll("0xADDRESS");
        s = MQTT_CLIENT_ID.matcher(s).replaceAll("curlCLIENTID");
        s = WGET_RATE.matcher(s).replaceAll("(RATE)");
        s = WGET_DOT_ROW.matcher(s).replaceAll("$1$2 RATE");
        s = WGET_WALL.matcher(s).replaceAll("$1 T");
        s = WGET_CONVERTED.matcher(s).replaceAll("$1 T $2");
        s = WGET_DOWNLOADED.matcher(s).replaceAll("$1 T");
        s = ELAPSED.matcher(s).replaceAll("N ms");
        s = ELAPSED_LONG.matcher(s).replaceAll("N milliseconds");
        s = meter(s);
        return EPHEMERAL_PORT.matcher(s).replaceAll("PORT");
    }
}
