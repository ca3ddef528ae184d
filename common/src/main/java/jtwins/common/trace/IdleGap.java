package jtwins.common.trace;

/** A wait for data that ended with data after more than a second: the gaps a timeline shows. */
public final class IdleGap {
    private static final long SHOWN_NANOS = 1_000_000_000L;

    private IdleGap() {
    }

    /** Called as data is ready after a wait that began at beganNanos. */
    public static void report(long beganNanos) {
        long waited = System.nanoTime() - beganNanos;
        if (waited > SHOWN_NANOS) {
            Trace.listener().idleGap(waited / 1_000_000);
        }
    }
}
