package jtwins.wget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * datetime_str(): "2026-11-25 17:12:52" in local time, as every dated wget line shows it. Written out
 * by hand, and UTC is recognised as glibc finds it (TZ, then /etc/localtime) without asking java.time
 * for the zone: its time-zone database costs a JVM some 15 ms to load on every run.
 */
final class Dates {
    private static final String[] UTC_NAMES = {"UTC", "UTC0", "Etc/UTC", "UCT", "Etc/UCT", "Universal", "Zulu", "GMT",
        "Etc/GMT"};

    /** Decided once: the zone does not change during a run, and every dated line asks. */
    private static final boolean UTC = utc();

    private Dates() {
    }

    static String now() {
        long millis = System.currentTimeMillis();
        LocalDateTime t = UTC ? LocalDateTime.ofEpochSecond(millis / 1000, 0, ZoneOffset.UTC)
                : LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(millis), ZoneId.systemDefault());
        return t.getYear() + "-" + two(t.getMonthValue()) + "-" + two(t.getDayOfMonth()) + " " + two(t.getHour()) + ":"
                + two(t.getMinute()) + ":" + two(t.getSecond());
    }

    /** datetime_str() of a time in seconds since the epoch. */
    static String format(long epochSeconds) {
        LocalDateTime t = UTC ? LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC)
                : LocalDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSeconds), ZoneId.systemDefault());
        return t.getYear() + "-" + two(t.getMonthValue()) + "-" + two(t.getDayOfMonth()) + " " + two(t.getHour()) + ":"
                + two(t.getMinute()) + ":" + two(t.getSecond());
    }

    private static boolean utc() {
        String tz = System.getenv("TZ");
        if (tz != null) {
            String name = tz.startsWith(":") ? tz.substring(1) : tz;
            return name.isEmpty() || isUtcName(name);
        }
        Path localtime = Path.of("/etc/localtime");
        if (!Files.exists(localtime)) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(localtime).toString();
            int zi = target.indexOf("zoneinfo/");
            return zi >= 0 && isUtcName(target.substring(zi + "zoneinfo/".length()));
        } catch (Exception notALink) {
            return false;
        }
    }

    private static boolean isUtcName(String name) {
        for (String u : UTC_NAMES) {
            if (u.equals(name)) {
                return true;
            }
        }
        return false;
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
