package jtwins.common;

/**
 * A JVM reaches its first network call some 100-150 ms after exec, where a C original is there after
 * a few. Timed from exec, a twin would give up that much later than its original. The lateness is a
 * debt, owed back by the first timers that run out: each timer is armed that much shorter, and a
 * timer that fires pays what it took off. A wait that ends because data came pays nothing, so the
 * debt goes to the timer that ends the run, whichever it is, and the twin gives up at the original's
 * moment counted from exec. A timer shorter than the debt fires at once and pays its own length.
 */
public final class StartupDebt {
    /** What the originals take from exec to their first timer: wget, nc and mysqladmin 3-6 ms here. */
    private static final long ORIGINAL_START_NANOS = 5_000_000;
    /**
     * A twin owes its start-up, never more than this: a JVM that first arms a timer long after exec
     * (one that serves many lookups, as the lab's does) is not late, it is busy.
     */
    private static final long MOST_OWED_NANOS = 1_000_000_000;
    private static long owed = -1;

    private StartupDebt() {
    }

    private static long owed() {
        if (owed < 0) {
            long late = System.nanoTime() - ProcessStart.nanoTime() - ORIGINAL_START_NANOS;
            owed = late > MOST_OWED_NANOS ? 0 : Math.max(0, late);
        }
        return owed;
    }

    /** The length to arm a timer of this length with: shorter by what is still owed. */
    public static synchronized long shorten(long nanos) {
        return nanos - Math.min(owed(), nanos);
    }

    /** A timer armed for this length fired: what it took off is paid. */
    public static synchronized void fired(long nanos) {
        owed = Math.max(0, owed() - nanos);
    }

    /**
     * Nothing owed: for a program that is timed from its first query rather than from exec, as the
     * lab's resolver is beside getent.
     */
    public static synchronized void forgive() {
        owed = 0;
    }

    /** A phase's budget started now, shorter by what is owed; NONE for no limit. */
    public static Deadline deadline(Budget budget) {
        return budget.isUnlimited() ? Deadline.NONE : Deadline.afterNanos(shorten(budget.duration().toNanos()));
    }

    /** The budget's timer fired. */
    public static void fired(Budget budget) {
        if (!budget.isUnlimited()) {
            fired(budget.duration().toNanos());
        }
    }
}
