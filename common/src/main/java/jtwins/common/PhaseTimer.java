package jtwins.common;

import jtwins.common.trace.Trace;

/**
 * Every timer a twin arms, as one bracket (okio's AsyncTimeout enter()/exit()): entering arms it
 * shorter by the start-up debt, exiting pays the debt back if it ran out. A caller cannot arm a
 * timer that forgets the debt, nor pay or forgive by hand; StartupDebt says the rules.
 * Use it in try-with-resources, scoped to the one wait it bounds: the next timer's length depends on
 * this one having been paid.
 */
public final class PhaseTimer implements AutoCloseable {
    private final Deadline deadline;
    private final long nanos;
    private final boolean anchored;
    /** The plan's budget this timer was armed from, for a listener to name its phase; null for a length. */
    private final Budget budget;
    private boolean exited;
    /** The budget a sleep between tries is armed with, only to tell it apart. */
    private static final Budget SLEEP = Budget.ofMillis(0);

    private PhaseTimer(Deadline deadline, long nanos, boolean anchored, Budget budget) {
        this.deadline = deadline;
        this.nanos = nanos;
        this.anchored = anchored;
        this.budget = budget;
    }

    /** A timer of the budget's length from now; one that never fires for UNLIMITED. */
    public static PhaseTimer enter(Budget budget) {
        if (budget.isUnlimited()) {
            return new PhaseTimer(Deadline.NONE, 0, false, budget);
        }
        long nanos = budget.duration().toNanos();
        return new PhaseTimer(Deadline.afterNanos(StartupDebt.shorten(nanos)), nanos, false, budget);
    }

    /** A timer of this length from now, shorter by what the start-up still owes. */
    public static PhaseTimer enterNanos(long nanos) {
        return new PhaseTimer(Deadline.afterNanos(StartupDebt.shorten(nanos)), nanos, false, null);
    }

    /**
     * A timer counted from an earlier moment the original also counts from (exec, a try's start), so
     * not shortened: when it runs out the twin is at the original's moment, and nothing more is owed.
     */
    public static PhaseTimer enterAt(long anchorNanos, Budget budget) {
        return budget.isUnlimited() ? new PhaseTimer(Deadline.NONE, 0, true, budget)
                : new PhaseTimer(Deadline.atNanos(anchorNanos + budget.duration().toNanos()),
                        budget.duration().toNanos(), true, budget);
    }

    /**
     * A timer of this length from an earlier moment (the planned end of the wait before it, as a loop
     * of waits that must not drift counts), shorter by what the start-up still owes.
     */
    public static PhaseTimer enterFrom(long fromNanos, long nanos) {
        return new PhaseTimer(Deadline.atNanos(fromNanos + StartupDebt.shorten(nanos)), nanos, false, null);
    }

    /** Sleeps the length of a timer armed now, as sleep() between an original's tries does. */
    public static void sleepNanos(long nanos) throws InterruptedException {
        Trace.listener().sleep(nanos / 1_000_000);
        // a sleep's timer always runs out: that is its end, not a give-up, so no listener hears of it
        try (PhaseTimer timer = new PhaseTimer(Deadline.afterNanos(StartupDebt.shorten(nanos)), nanos, false, SLEEP)) {
            long left;
            while ((left = timer.deadline.remainingNanos()) > 0) {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
    }

    public Deadline deadline() {
        return deadline;
    }

    /** Where the timer ends, in System.nanoTime(); Long.MAX_VALUE for none. */
    public long endsAtNanos() {
        return deadline.atNanoTime();
    }

    /** Whether the timer has run out (never, for one entered with no limit). */
    public boolean expired() {
        return deadline.expired();
    }

    /** Ends the bracket: a timer that ran out pays what it took off. Returns whether it ran out. */
    public boolean exit() {
        boolean ranOut = deadline.expired();
        if (!exited) {
            exited = true;
            if (ranOut) {
                if (budget != SLEEP) {
                    Trace.listener().timerRanOut(budget, nanos);
                }
                if (anchored) {
                    StartupDebt.settled();
                } else {
                    StartupDebt.fired(nanos);
                }
            }
        }
        return ranOut;
    }

    @Override
    public void close() {
        exit();
    }
}
