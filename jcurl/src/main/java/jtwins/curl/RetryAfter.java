package jtwins.curl;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** CURLINFO_RETRY_AFTER: a Retry-After header as seconds to wait, from a number or an HTTP date; 0 when none. */
final class RetryAfter {
    private RetryAfter() {
    }

    static long seconds(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        String v = value.strip();
        if (Character.isDigit(v.charAt(0))) {
            long n = 0;
            for (int i = 0; i < v.length() && Character.isDigit(v.charAt(i)); i++) {
                n = n * 10 + (v.charAt(i) - '0');
                if (n > Long.MAX_VALUE / 1000) {
                    return Long.MAX_VALUE / 1000;
                }
            }
            return n;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).getSeconds());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
