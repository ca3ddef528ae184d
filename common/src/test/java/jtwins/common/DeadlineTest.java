package jtwins.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    @Test
    void noneNeverExpiresAndLosesEveryMin() {
        assertFalse(Deadline.NONE.expired());
        Deadline soon = Deadline.afterMillis(50);
        assertEquals(soon, Deadline.NONE.min(soon));
        assertEquals(soon, soon.min(Deadline.NONE));
    }

    @Test
    void remainingCountsDown() throws Exception {
        Deadline d = Deadline.afterMillis(200);
        long first = d.remainingMillisCeil();
        assertTrue(first > 150 && first <= 200, "remaining " + first);
        Thread.sleep(220);
        assertTrue(d.expired());
        assertEquals(0, d.remainingMillisCeil());
    }

    @Test
    void processStartAnchorIsAlreadyPartlySpent() {
        // the JVM records its own start a little after exec; the kernel's start is known to 10 ms ticks
        long jvmUptimeMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        Deadline d = Deadline.afterProcessStart(Duration.ofSeconds(1000));
        long remaining = d.remainingMillisCeil();
        assertTrue(remaining <= 1_000_000 - jvmUptimeMillis + 30, "remaining " + remaining);
        assertTrue(remaining >= 1_000_000 - jvmUptimeMillis - 500, "remaining " + remaining);
    }

    @Test
    void budgetsPrintAsThePlanShowsThem() {
        assertEquals("none", Budget.UNLIMITED.toString());
        assertEquals("2 s", Budget.ofSeconds(2).toString());
        assertEquals("1500 ms", Budget.ofMillis(1500).toString());
    }
}
