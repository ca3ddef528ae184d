package jtwins.curl;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * ftp_state_mdtm_resp()'s reading of an MDTM reply: "213 YYYYMMDDHHMMSS[.sss]" as a time (-1 when
 * it is none), and the "Last-Modified:" line -I shows for it in HTTP's form.
 */
final class FtpFileTime {
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private FtpFileTime() {
    }

    /** sscanf("%04d%02d%02d%02d%02d%02d") after the code, then Curl_getdate_capped(): seconds, or -1. */
    static long of(String replyLine) {
        String s = replyLine.length() > 4 ? replyLine.substring(4) : "";
        int[] fields = new int[6];
        int[] widths = {4, 2, 2, 2, 2, 2};
        int at = 0;
        for (int i = 0; i < 6; i++) {
            int start = at;
            while (at < s.length() && at - start < widths[i] && Character.isDigit(s.charAt(at))) {
                at++;
            }
            if (at == start) {
                return -1;
            }
            fields[i] = Integer.parseInt(s.substring(start, at));
        }
        try {
            return LocalDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])
                    .toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeException notADate) {
            return -1;
        }
    }

    /** "Last-Modified: Wed, 09 Apr 2003 10:26:59 GMT" and its CRLF. */
    static String lastModified(long seconds) {
        ZonedDateTime t = java.time.Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "Last-Modified: %s, %02d %s %4d %02d:%02d:%02d GMT\r\n",
                WEEKDAYS[t.getDayOfWeek().getValue() - 1], t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1], t.getYear(),
                t.getHour(), t.getMinute(), t.getSecond());
    }
}
