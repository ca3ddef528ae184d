package jtwins.common;

import java.time.Duration;

/** A monotonic point in time by which a phase must end, or NONE. */
public final class Deadline {
    public static final Deadline NONE = new Deadline(0, true);

    private final long atNanos;
    private final boolean none;

    private Deadline(long atNanos, boolean none) {
        this.atNanos = atNanos;
        this.none = none;
    }

    public static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos(), false);
    }

    public static Deadline afterNanos(long nanos) {
        return new Deadline(System.nanoTime() + nanos, false);
    }

    /** A deadline at this System.nanoTime() value. */
    public static Deadline atNanos(long nanoTime) {
        return new Deadline(nanoTime, false);
    }

    public static Deadline afterMillis(long millis) {
        return after(Duration.ofMillis(millis));
    }

    /**
     * A deadline counted from the start of this process, as an alarm(2) armed first thing in an
     * original's main() is; the JVM's own start-up is then part of the budget, as it must be.
     */
    public static Deadline afterProcessStart(Duration duration) {
        return new Deadline(ProcessStart.nanoTime() + duration.toNanos(), false);
    }

    /** The System.nanoTime() value it ends at; Long.MAX_VALUE for NONE. */
    public long atNanoTime() {
        return none ? Long.MAX_VALUE : atNanos;
    }

    public boolean isNone() {
        return none;
    }

    public boolean expired() {
        return !none && System.nanoTime() - atNanos >= 0;
    }

    /** Remaining nanoseconds, at least 0; Long.MAX_VALUE for NONE. */
    public long remainingNanos() {
        if (none) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, atNanos - System.nanoTime());
    }

    /** Remaining milliseconds rounded up (a poll(2) that returns early would retry), at least 0. */
    public long remainingMillisCeil() {
        if (none) {
            return Long.MAX_VALUE;
        }
        long nanos = remainingNanos();
        return (nanos + 999_999) / 1_000_000;
    }

    /** The earlier of two deadlines. */
    public Deadline min(Deadline other) {
        if (none) {
            return other;
        }
        if (other.none) {
            return this;
        }
        return atNanos - other.atNanos <= 0 ? this : other;
    }
}
