package jtwins.wget;

import java.io.File;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * -N and --use-server-timestamps: the local file's time as If-Modified-Since, the server's
 * Last-Modified compared with it, and set on the file after a download (touch()). The HTTP date is
 * read and written by hand (RFC 1123 only, as servers send it): java.time's formatters are slow to load.
 */
final class Timestamps {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private Timestamps() {
    }

    static String ifModifiedSince(String localFile) {
        File f = new File(localFile);
        if (!f.isFile()) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(f.lastModified() / 1000, 0, ZoneOffset.UTC);
        return DAYS[t.getDayOfWeek().getValue() - 1] + ", " + Dates.two(t.getDayOfMonth()) + " "
                + MONTHS[t.getMonthValue() - 1] + " " + t.getYear() + " " + Dates.two(t.getHour()) + ":"
                + Dates.two(t.getMinute()) + ":" + Dates.two(t.getSecond()) + " GMT";
    }

    /** True when the server's copy is newer than the local file, or when either time is unknown. */
    static boolean newer(String lastModified, String localFile) {
        Long remote = epochSeconds(lastModified);
        File f = new File(localFile);
        return remote == null || !f.isFile() || remote > f.lastModified() / 1000;
    }

    static void apply(String lastModified, String localFile) {
        Long t = epochSeconds(lastModified);
        if (t != null) {
            new File(localFile).setLastModified(t * 1000);
        }
    }

    /** "Tue, 01 Jan 2019 00:00:00 GMT" in seconds since the epoch; null for anything else. */
    static Long epochSeconds(String value) {
        if (value == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (char c : (value.strip() + " ").toCharArray()) {
            if (c == ' ' || c == ',' || c == ':') {
                if (token.length() > 0) {
                    parts.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (parts.size() != 8) {
            return null;
        }
        String[] f = parts.toArray(new String[0]);
        int month = java.util.Arrays.asList(MONTHS).indexOf(f[2]);
        try {
            if (month < 0) {
                return null;
            }
            return LocalDateTime.of(Integer.parseInt(f[3]), month + 1, Integer.parseInt(f[1]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6])).toEpochSecond(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
