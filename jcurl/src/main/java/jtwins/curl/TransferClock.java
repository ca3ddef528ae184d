package jtwins.curl;

/**
 * The two clocks of lib/connect.c Curl_timeleft(): --max-time counted from the transfer's start
 * (t_startop), --connect-timeout counted from the connect's start (t_startsingle) and only while
 * connecting — the name lookup included, since curl stamps t_startsingle before it resolves.
 */
final class TransferClock {
    static final long NEVER = Long.MAX_VALUE;

    private final long startOpNanos;
    private final long maxTimeMs;
    private final long connectTimeoutMs;
    private long startSingleNanos;

    TransferClock(long startOpNanos, long maxTimeMs, long connectTimeoutMs) {
        this.startOpNanos = startOpNanos;
        this.maxTimeMs = maxTimeMs;
        this.connectTimeoutMs = connectTimeoutMs > 0 ? connectTimeoutMs : CurlConfig.DEFAULT_CONNECT_TIMEOUT_MS;
        this.startSingleNanos = startOpNanos;
    }

    long startOp() {
        return startOpNanos;
    }

    /** MSTATE_CONNECT: each request of a transfer (each redirect) starts its connect clock anew. */
    void startSingle(long nowNanos) {
        startSingleNanos = nowNanos;
    }

    long sinceSingleMs(long nowNanos) {
        return (nowNanos - startSingleNanos) / 1_000_000;
    }

    long sinceOpMicros(long nowNanos) {
        return (nowNanos - startOpNanos) / 1000;
    }

    /** When --max-time ends the transfer (absolute nanoTime), or NEVER. */
    long maxDeadline() {
        return maxTimeMs > 0 ? startOpNanos + maxTimeMs * 1_000_000 : NEVER;
    }

    /** When connecting must be over: the earlier of the connect clock and --max-time. */
    long connectDeadline() {
        return Math.min(startSingleNanos + connectTimeoutMs * 1_000_000, maxDeadline());
    }
}
