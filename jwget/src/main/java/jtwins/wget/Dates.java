package jtwins.wget;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** datetime_str(): "2026-11-25 17:12:52", local time, as every dated wget line shows it. */
final class Dates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Dates() {
    }

    static String now() {
        return LocalDateTime.now().format(FORMAT);
    }
}
