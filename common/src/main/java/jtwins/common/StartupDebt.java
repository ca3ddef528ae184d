package jtwins.common;

/**
 * A JVM reaches its first network call some 100-150 ms after exec, where a C original is there after
 * a few, and the work between two timers (loading the next path's classes) costs it milliseconds
 * where an original spends microseconds. Timed from exec, a twin would give up that much later than
 * its original. The lateness is a debt, owed back by the timers that run out: each timer is armed
 * shorter by what is owed, and a timer that fires pays what it took off. The debt is the time from
 * exec to the first timer, plus the time the arming thread has since run or waited for a CPU (its
 * schedstat), up to 30 ms: sleeping in poll() or connect() is waiting the original does too, and
 * adds nothing.
 * A wait that ends because data came pays nothing, so the debt goes to the timer that ends the run,
 * whichever it is, and the twin gives up at the original's moment counted from exec. A timer
 * shorter than the debt fires at once and pays its own length. A timer counted from exec itself (or
 * from a moment the original also counts from) is not shortened, and settles the whole debt when it
 * runs out: the twin is then at the original's moment.
 * Timers reach these rules only through PhaseTimer's bracket.
 */
public final class StartupDebt {
    /** What the originals take from exec to their first timer: wget, nc and mysqladmin 3-6 ms here. */
    private static final long ORIGINAL_START_NANOS = 5_000_000;
    /**
     * What the JVM's exit costs beyond a C program's: 6-7 ms from System.exit() to the reaping (halt()
     * is no quicker), under 1 ms for nc. Owed from the start, so the run ends at the original's moment.
     */
    private static final long EXTRA_EXIT_NANOS = 6_000_000;
    /**
     * A twin owes its start-up, never more than this: a JVM that first arms a timer long after exec
     * (one that serves many lookups, as the lab's does) is not late, it is busy.
     */
    private static final long MOST_OWED_NANOS = 1_000_000_000;
    /**
     * The running time added after the first timer, at most: the classes a twin loads between two
     * timers cost it 13-16 ms (jnc, connect to idle wait), but a transfer's copying is work the
     * original does too, and must not shorten the idle timers after it. Once reached, /proc is no
     * longer read, so a transfer loop that arms a timer per buffer pays nothing for it.
     */
    private static final long MOST_WORKED_NANOS = 30_000_000;
    private static long owedAtFirstTimer = -1;
    private static ThreadBusyTime busy;
    private static long busyAtFirstTimer;
    private static long worked;
    private static long paid;

    private StartupDebt() {
    }

    private static long owed() {
        if (owedAtFirstTimer < 0) {
            long late = System.nanoTime() - ProcessStart.nanoTime() - ORIGINAL_START_NANOS + EXTRA_EXIT_NANOS;
            owedAtFirstTimer = late > MOST_OWED_NANOS ? 0 : Math.max(0, late);
            busy = late > MOST_OWED_NANOS ? null : ThreadBusyTime.ofCurrentThread();
            busyAtFirstTimer = busy == null ? -1 : busy.nanos();
        }
        if (worked < MOST_WORKED_NANOS && busyAtFirstTimer >= 0) {
            long now = busy.nanos();
            worked = now < 0 ? worked : Math.min(MOST_WORKED_NANOS, Math.max(0, now - busyAtFirstTimer));
        }
        return Math.max(0, owedAtFirstTimer + worked - paid);
    }

    /** The length to arm a timer of this length with: shorter by what is still owed. */
    static synchronized long shorten(long nanos) {
        return nanos - Math.min(owed(), nanos);
    }

    /** A timer armed for this length fired: what it took off is paid. */
    static synchronized void fired(long nanos) {
        paid += Math.min(owed(), nanos);
    }

    /** A timer counted from exec ran out: nothing is owed any longer. */
    static synchronized void settled() {
        owed();
        owedAtFirstTimer = 0;
        busyAtFirstTimer = -1;
        worked = 0;
        paid = 0;
    }

    /**
     * Nothing owed, now or later: said once, at the start of a program that is timed from its first
     * query rather than from exec, as the lab's resolver is beside getent.
     */
    public static void waive() {
        settled();
    }
}
