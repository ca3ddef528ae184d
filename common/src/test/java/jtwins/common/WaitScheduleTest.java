package jtwins.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The waits between tries as curl's and wget's retry loops compute them. */
class WaitScheduleTest {
    private static final long S = 1_000_000_000L;

    @Test
    void curlDoublesFromOneSecondUpToTenMinutes() {
        WaitSchedule w = WaitSchedule.doubling(S, 600 * S);
        assertEquals(S, w.nanos(1));
        assertEquals(8 * S, w.nanos(4));
        assertEquals(512 * S, w.nanos(10));
        assertEquals(600 * S, w.nanos(11));
        assertEquals(600 * S, w.nanos(1_000_000));
        assertEquals((1 + 2 + 4) * S, w.totalNanos(3));
        assertEquals((1023 + 600 * 2) * S, w.totalNanos(12));
    }

    @Test
    void wgetWaitsCountMinusOneSecondsWhileCountIsWithinWaitretry() {
        WaitSchedule w = WaitSchedule.linearSeconds(10 * S);
        assertEquals(S, w.nanos(1));
        assertEquals(9 * S, w.nanos(9));
        assertEquals(10 * S, w.nanos(10));
        assertEquals(10 * S, w.nanos(19));
        assertEquals((45 + 10 * 10) * S, w.totalNanos(19));
        WaitSchedule half = WaitSchedule.linearSeconds(S / 2);
        assertEquals(S / 2, half.nanos(1));
    }

    @Test
    void aFixedWaitIsTheSameEachTime() {
        WaitSchedule w = WaitSchedule.fixed(5 * S);
        assertEquals(5 * S, w.nanos(7));
        assertEquals(15 * S, w.totalNanos(3));
        assertEquals(0, WaitSchedule.NONE.totalNanos(4));
    }
}
