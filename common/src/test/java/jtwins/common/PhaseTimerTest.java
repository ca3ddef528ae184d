package jtwins.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bracket every timer is made through, in a JVM old enough to owe no start-up. */
class PhaseTimerTest {
    @BeforeAll
    static void oldEnoughToOweNothing() throws InterruptedException {
        while (System.nanoTime() - ProcessStart.nanoTime() < 1_100_000_000L) {
            Thread.sleep(50);
        }
    }

    @Test
    void aTimerLeftBeforeItsEndHasNotRunOut() {
        long before = System.nanoTime();
        try (PhaseTimer timer = PhaseTimer.enter(Budget.ofSeconds(5))) {
            long length = timer.endsAtNanos() - before;
            assertTrue(length >= 5_000_000_000L && length < 5_100_000_000L, "armed for " + length + " ns");
            assertFalse(timer.exit());
        }
    }

    @Test
    void aTimerThatRanOutSaysSoOnExit() throws InterruptedException {
        PhaseTimer timer = PhaseTimer.enterNanos(20_000_000);
        Thread.sleep(40);
        assertTrue(timer.expired());
        assertTrue(timer.exit());
    }

    @Test
    void noLimitNeverRunsOut() {
        try (PhaseTimer timer = PhaseTimer.enter(Budget.UNLIMITED)) {
            assertTrue(timer.deadline().isNone());
            assertEquals(Long.MAX_VALUE, timer.endsAtNanos());
            assertFalse(timer.exit());
        }
    }

    @Test
    void anAnchoredTimerEndsAtItsAnchorPlusItsLength() {
        long anchor = System.nanoTime() - 1_000_000_000L;
        try (PhaseTimer timer = PhaseTimer.enterAt(anchor, Budget.ofSeconds(3))) {
            assertEquals(anchor + 3_000_000_000L, timer.endsAtNanos());
        }
    }

    @Test
    void aChainedTimerCountsFromTheEndOfTheOneBefore() {
        long planned = System.nanoTime() - 500_000_000L;
        try (PhaseTimer timer = PhaseTimer.enterFrom(planned, 2_000_000_000L)) {
            assertEquals(planned + 2_000_000_000L, timer.endsAtNanos());
        }
    }

    @Test
    void aSleepLastsItsLength() throws InterruptedException {
        long start = System.nanoTime();
        PhaseTimer.sleepNanos(50_000_000);
        long slept = System.nanoTime() - start;
        assertTrue(slept >= 50_000_000 && slept < 1_000_000_000L, "slept " + slept + " ns");
    }
}
