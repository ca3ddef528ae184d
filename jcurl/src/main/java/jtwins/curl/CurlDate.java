package jtwins.curl;

import java.util.Locale;

/**
 * lib/parsedate.c: the free-form date curl reads from -z, a cookie's expires and Last-Modified. Up
 * to six parts, each a weekday, a month, a zone name, a time (hh:mm[:ss]), a "+hhmm" zone, an
 * eight-digit YYYYMMDD, a day of month or a year (two digits: 1971-2070); anything else fails.
 */
final class CurlDate {
    /** What parsedate() could not read: curl_getdate()'s -1. */
    static final long FAIL = -1;

    private static final String[] WKDAY = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] WEEKDAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTH = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    /** The zone names the old getdate parser knew, with their offsets west of GMT in minutes. */
    private static final String[] ZONE_NAMES = {"GMT", "UT", "UTC", "WET", "BST", "WAT", "AST", "ADT", "EST", "EDT",
        "CST", "CDT", "MST", "MDT", "PST", "PDT", "YST", "YDT", "HST", "HDT", "CAT", "AHST", "NT", "IDLW", "CET",
        "MET", "MEWT", "MEST", "CEST", "MESZ", "FWT", "FST", "EET", "WAST", "WADT", "CCT", "JST", "EAST", "EADT",
        "GST", "NZT", "NZST", "NZDT", "IDLE", "A", "B", "C", "D", "E", "F", "G", "H", "I", "K", "L", "M", "N", "O",
        "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"};
    private static final int[] ZONE_MINUTES = {0, 0, 0, 0, -60, 60, 240, 180, 300, 240, 360, 300, 420, 360, 480, 420,
        540, 480, 600, 540, 600, 600, 660, 720, -60, -60, -60, -120, -120, -120, -60, -120, -120, -420, -480, -480,
        -540, -600, -660, -600, -720, -720, -780, -720, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 660, 720,
        -60, -120, -180, -240, -300, -360, -420, -480, -540, -600, -660, -720, 0};
    private static final int[] MONTH_DAYS_CUMULATIVE = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private CurlDate() {
    }

    /**
     * curl_getdate() and Curl_getdate_capped() alike on a 64-bit time_t: seconds since the epoch,
     * or FAIL.
     */
    static long parse(String date) {
        int wday = -1;
        int mon = -1;
        int mday = -1;
        int hour = -1;
        int min = -1;
        int sec = -1;
        int year = -1;
        int tzoff = -1;
        boolean yearNext = false;
        int p = 0;
        int n = date.length();
        for (int part = 0; p < n && part < 6; part++) {
            while (p < n && !isAlnum(date.charAt(p))) {
                p++;
            }
            if (p >= n) {
                break;
            }
            boolean found = false;
            if (isAlpha(date.charAt(p))) {
                int end = p;
                while (end < n && end - p < 31 && isAlpha(date.charAt(end))) {
                    end++;
                }
                String word = date.substring(p, end);
                if (wday < 0) {
                    wday = indexOf(word.length() > 3 ? WEEKDAY : WKDAY, word);
                    found = wday >= 0;
                }
                if (!found && mon < 0) {
                    mon = indexOf(MONTH, word);
                    found = mon >= 0;
                }
                if (!found && tzoff == -1) {
                    int z = indexOf(ZONE_NAMES, word);
                    if (z >= 0) {
                        tzoff = ZONE_MINUTES[z] * 60;
                        found = true;
                    }
                }
                if (!found) {
                    return FAIL;
                }
                p = end;
                continue;
            }
            int[] time = sec == -1 ? clock(date, p) : null;
            if (time != null) {
                hour = time[0];
                min = time[1];
                sec = time[2];
                p = time[3];
                continue;
            }
            int end = p;
            long val = 0;
            while (end < n && Character.isDigit(date.charAt(end))) {
                val = val * 10 + (date.charAt(end) - '0');
                if (val > Integer.MAX_VALUE) {
                    return FAIL;
                }
                end++;
            }
            int digits = end - p;
            if (tzoff == -1 && digits == 4 && val <= 1400 && p > 0
                    && (date.charAt(p - 1) == '+' || date.charAt(p - 1) == '-')) {
                found = true;
                int off = (int) ((val / 100 * 60 + val % 100) * 60);
                // "+hhmm" is local time east of GMT: the reverse is added to reach GMT
                tzoff = date.charAt(p - 1) == '+' ? -off : off;
            }
            if (digits == 8 && year == -1 && mon == -1 && mday == -1) {
                found = true;
                year = (int) (val / 10000);
                mon = (int) (val % 10000) / 100 - 1;
                mday = (int) (val % 100);
            }
            if (!found && !yearNext && mday == -1) {
                if (val > 0 && val < 32) {
                    mday = (int) val;
                    found = true;
                }
                yearNext = true;
            }
            if (!found && yearNext && year == -1) {
                year = (int) val;
                found = true;
                if (year < 100) {
                    year += year > 70 ? 1900 : 2000;
                }
                if (mday == -1) {
                    yearNext = false;
                }
            }
            if (!found) {
                return FAIL;
            }
            p = end;
        }
        if (sec == -1) {
            sec = 0;
            min = 0;
            hour = 0;
        }
        if (mday == -1 || mon == -1 || year == -1 || year < 1583) {
            return FAIL;
        }
        if (mday > 31 || mon > 11 || hour > 23 || min > 59 || sec > 60) {
            return FAIL;
        }
        long leapDays = year - (mon <= 1 ? 1 : 0);
        leapDays = leapDays / 4 - leapDays / 100 + leapDays / 400 - 1969 / 4 + 1969 / 100 - 1969 / 400;
        long t = ((((long) (year - 1970) * 365 + leapDays + MONTH_DAYS_CUMULATIVE[mon] + mday - 1) * 24 + hour) * 60
                + min) * 60 + sec;
        if (tzoff != -1) {
            t += tzoff;
        }
        // a date that is truly -1 is not the failure: curl_getdate() makes it 0
        return t == -1 ? 0 : t;
    }

    /** Curl_add_timecondition()'s format, "Tue, 15 Nov 1994 12:45:26 GMT", from gmtime(). */
    static String httpDate(long epochSeconds) {
        java.time.ZonedDateTime t = java.time.Instant.ofEpochSecond(epochSeconds).atZone(java.time.ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%s, %02d %s %4d %02d:%02d:%02d GMT", WKDAY[t.getDayOfWeek().getValue() - 1],
                t.getDayOfMonth(), MONTH[t.getMonthValue() - 1], t.getYear(), t.getHour(), t.getMinute(), t.getSecond());
    }

    /** sscanf("%02d:%02d:%02d") or "%02d:%02d": {hour, min, sec, end}, or null. */
    private static int[] clock(String s, int p) {
        int[] hour = twoDigits(s, p);
        if (hour == null || hour[1] >= s.length() || s.charAt(hour[1]) != ':') {
            return null;
        }
        int[] min = twoDigits(s, hour[1] + 1);
        if (min == null) {
            return null;
        }
        if (min[1] < s.length() && s.charAt(min[1]) == ':') {
            int[] sec = twoDigits(s, min[1] + 1);
            if (sec != null) {
                return new int[] {hour[0], min[0], sec[0], sec[1]};
            }
        }
        return new int[] {hour[0], min[0], 0, min[1]};
    }

    /** %02d: blanks skipped, an optional sign, then at most two characters of it all; {value, end}. */
    private static int[] twoDigits(String s, int p) {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        int start = p;
        boolean negative = false;
        if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            negative = s.charAt(p) == '-';
            p++;
        }
        int v = 0;
        int digits = 0;
        while (p < s.length() && p - start < 2 && Character.isDigit(s.charAt(p))) {
            v = v * 10 + (s.charAt(p++) - '0');
            digits++;
        }
        return digits == 0 ? null : new int[] {negative ? -v : v, p};
    }

    private static int indexOf(String[] names, String word) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAlpha(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean isAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
