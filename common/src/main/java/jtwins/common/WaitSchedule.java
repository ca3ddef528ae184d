package jtwins.common;

/**
 * The waits between an original's tries, as its retry loop computes the k-th (k from 1): the same
 * length each time, doubling up to a ceiling (curl's tool_operate.c), or wget's linear back-off
 * (retr.c sleep_between_retrievals(): count-1 seconds while count <= --waitretry, then --waitretry).
 * The plan holds it; the twin sleeps its waits and explain sums them.
 */
public final class WaitSchedule {
    public static final WaitSchedule NONE = new WaitSchedule(Kind.FIXED, 0, 0);
    private static final long SECOND = 1_000_000_000L;

    private enum Kind { FIXED, DOUBLING, LINEAR }

    private final Kind kind;
    private final long firstNanos;
    private final long mostNanos;

    private WaitSchedule(Kind kind, long firstNanos, long mostNanos) {
        this.kind = kind;
        this.firstNanos = firstNanos;
        this.mostNanos = mostNanos;
    }

    public static WaitSchedule fixed(long nanos) {
        return new WaitSchedule(Kind.FIXED, nanos, nanos);
    }

    /** first, then twice the wait before, never over most. */
    public static WaitSchedule doubling(long firstNanos, long mostNanos) {
        return new WaitSchedule(Kind.DOUBLING, firstNanos, mostNanos);
    }

    /** wget's --waitretry: 1 s, 2 s, ... while k + 1 <= the ceiling, then the ceiling. */
    public static WaitSchedule linearSeconds(long ceilingNanos) {
        return new WaitSchedule(Kind.LINEAR, SECOND, ceilingNanos);
    }

    /** The k-th wait, k from 1. */
    public long nanos(long k) {
        return switch (kind) {
            case FIXED -> firstNanos;
            case DOUBLING -> {
                long wait = firstNanos;
                for (long i = 1; i < k && wait < mostNanos; i++) {
                    wait = Math.min(wait * 2, mostNanos);
                }
                yield wait;
            }
            case LINEAR -> (k + 1) * SECOND <= mostNanos ? k * SECOND : mostNanos;
        };
    }

    /** The first count waits together. */
    public long totalNanos(long count) {
        long total = 0;
        long k = 1;
        for (; k <= count; k++) {
            long wait = nanos(k);
            if (wait >= mostNanos || kind == Kind.FIXED) {
                // from here on every wait is this one
                return total + wait * (count - k + 1);
            }
            total += wait;
        }
        return total;
    }
}
