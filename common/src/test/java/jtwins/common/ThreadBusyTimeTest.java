package jtwins.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Running counts toward a start-up debt and sleeping does not: the schedstat account tells them apart. */
class ThreadBusyTimeTest {
    @Test
    void spinningCountsAndSleepingDoesNot() throws Exception {
        ThreadBusyTime busy = ThreadBusyTime.ofCurrentThread();
        long before = busy.nanos();
        assertTrue(before > 0, "this thread's schedstat is readable: " + before);
        long spinUntil = System.nanoTime() + 60_000_000L;
        long x = 0;
        while (System.nanoTime() < spinUntil) {
            x++;
        }
        long afterSpin = busy.nanos();
        Thread.sleep(300);
        long afterSleep = busy.nanos();
        long spun = afterSpin - before;
        long slept = afterSleep - afterSpin;
        assertTrue(spun >= 55_000_000L && spun < 400_000_000L, "60 ms of spinning counted " + spun / 1_000_000 + " ms (" + x + ")");
        assertTrue(slept >= 0 && slept < 20_000_000L, "300 ms of sleep counted " + slept / 1_000_000 + " ms");
    }
}
