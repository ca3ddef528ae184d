package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTC date by arithmetic is java.time's, around the epoch, leap days, century years and far out. */
class DatesTest {
    private static final DateTimeFormatter WGET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static void same(long seconds) {
        assertEquals(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).format(WGET), Dates.utc(seconds), "at " + seconds);
    }

    @Test
    void landmarks() {
        assertEquals("1970-01-01 00:00:00", Dates.utc(0));
        assertEquals("2026-12-06 13:20:05", Dates.utc(1_796_563_205L));
        for (long s : new long[] {-1, 86_399, 86_400, 951_782_400L, 951_868_799L, 4_107_542_399L, 4_107_542_400L,
            1_709_164_800L, 253_402_300_799L}) {
            same(s);
        }
    }

    @Test
    void manySeconds() {
        Random random = new Random(6);
        for (int i = 0; i < 100_000; i++) {
            same(random.nextLong(-2_000_000_000L, 253_402_300_799L));
        }
    }
}
