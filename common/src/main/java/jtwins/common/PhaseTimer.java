package jtwins.common;

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
    private boolean exited;

    private PhaseTimer(Deadline deadline, long nanos, boolean anchored) {
        this.deadline = deadline;
        this.nanos = nanos;
        this.anchored = anchored;
    }

    /** A timer of the budget's length from now; one that never fires for UNLIMITED. */
    public static PhaseTimer enter(Budget budget) {
        return budget.isUnlimited() ? new PhaseTimer(Deadline.NONE, 0, false)
                : enterNanos(budget.duration().toNanos());
    }

    /** A timer of this length from now, shorter by what the start-up still owes. */
    public static PhaseTimer enterNanos(long nanos) {
        return new PhaseTimer(Deadline.afterNanos(StartupDebt.shorten(nanos)), nanos, false);
    }

    /**
     * A timer counted from an earlier moment the original also counts from (exec, a try's start), so
     * not shortened: when it runs out the twin is at the original's moment, and nothing more is owed.
     */
    public static PhaseTimer enterAt(long anchorNanos, Budget budget) {
        return budget.isUnlimited() ? new PhaseTimer(Deadline.NONE, 0, true)
                : new PhaseTimer(Deadline.atNanos(anchorNanos + budget.duration().toNanos()), 0, true);
    }

    /**
     * A timer of this length from an earlier moment (the planned end of the wait before it, as a loop
     * of waits that must not drift counts), shorter by what the start-up still owes.
     */
    public static PhaseTimer enterFrom(long fromNanos, long nanos) {
        return new PhaseTimer(Deadline.atNanos(fromNanos + StartupDebt.shorten(nanos)), nanos, false);
    }

    /** Sleeps the length of a timer armed now, as sleep() between an original's tries does. */
    public static void sleepNanos(long nanos) throws InterruptedException {
        try (PhaseTimer timer = enterNanos(nanos)) {
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
