package jtwins.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** In a JVM that has run for seconds before its first timer, nothing is owed: timers keep their length. */
class StartupDebtTest {
    @Test
    void aLongRunningJvmOwesNothing() throws Exception {
        while (System.nanoTime() - ProcessStart.nanoTime() < 1_100_000_000L) {
            Thread.sleep(50);
        }
        assertEquals(2_000_000_000L, StartupDebt.shorten(2_000_000_000L));
        StartupDebt.fired(2_000_000_000L);
        assertEquals(300_000_000L, StartupDebt.shorten(300_000_000L));
    }
}
