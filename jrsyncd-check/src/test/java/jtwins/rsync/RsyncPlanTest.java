package jtwins.rsync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The quantised --timeout, as measured against rsync 3.2.7 and 3.5.0 with a daemon that never greets. */
class RsyncPlanTest {
    @Test
    void aSilentDaemonIsGivenUpOnAfterTheTimeoutPlusOneLull() {
        // measured: --timeout=1 at 2 s, 2 at 3 s, 3 and 4 at 6 s ("after 4 seconds"), 5 at 9 s ("after 6 seconds")
        assertEquals(2, RsyncPlan.giveUpBeforeAnyDataSeconds(1));
        assertEquals(3, RsyncPlan.giveUpBeforeAnyDataSeconds(2));
        assertEquals(6, RsyncPlan.giveUpBeforeAnyDataSeconds(3));
        assertEquals(6, RsyncPlan.giveUpBeforeAnyDataSeconds(4));
        assertEquals(9, RsyncPlan.giveUpBeforeAnyDataSeconds(5));
        assertEquals(180, RsyncPlan.giveUpBeforeAnyDataSeconds(120));
    }

    @Test
    void theLullIsHalfTheTimeoutRoundedUpAndAtMostAMinute() {
        assertEquals(1, RsyncPlan.selectSeconds(1));
        assertEquals(3, RsyncPlan.selectSeconds(5));
        assertEquals(60, RsyncPlan.selectSeconds(600));
    }
}
