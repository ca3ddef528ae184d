package jtwins.wget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;

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
        return format(System.currentTimeMillis() / 1000);
    }

    /** datetime_str() of a time in seconds since the epoch. */
    static String format(long epochSeconds) {
        if (UTC) {
            return utc(epochSeconds);
        }
        LocalDateTime t = LocalDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSeconds), ZoneId.systemDefault());
        return t.getYear() + "-" + two(t.getMonthValue()) + "-" + two(t.getDayOfMonth()) + " " + two(t.getHour()) + ":"
                + two(t.getMinute()) + ":" + two(t.getSecond());
    }

    /**
     * A UTC time by arithmetic alone (the civil calendar from a day count, eras of 400 years counted
     * from March): java.time's classes cost a refused connect's run a millisecond to initialise.
     */
    static String utc(long epochSeconds) {
        long days = Math.floorDiv(epochSeconds, 86_400L);
        long second = Math.floorMod(epochSeconds, 86_400L);
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097L);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
        int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year + "-" + two(month) + "-" + two(day) + " " + two((int) (second / 3600)) + ":"
                + two((int) (second / 60 % 60)) + ":" + two((int) (second % 60));
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
