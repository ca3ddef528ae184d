package jtwins.curl;

import jtwins.common.Budget;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.TimeoutPlan;

/**
 * The two clocks of lib/connect.c Curl_timeleft(): --max-time counted from the transfer's start
 * (t_startop), the connect clock counted from the connect's start (t_startsingle) and only while
 * connecting — the name lookup included, since curl stamps t_startsingle before it resolves. Both
 * lengths are the plan's (TOTAL, and CONNECT, which -m already caps). A try is one bracket: both
 * clocks count from a moment curl counts from too, so a try they end leaves no start-up owed.
 */
final class TransferClock implements AutoCloseable {
    static final long NEVER = Long.MAX_VALUE;

    private final long startOpNanos;
    private final Budget maxTime;
    private final Budget connectClock;
    private final PhaseTimer total;
    private PhaseTimer connecting;
    private long startSingleNanos;

    TransferClock(long startOpNanos, TimeoutPlan plan) {
        this.startOpNanos = startOpNanos;
        this.maxTime = plan.budget(Phase.TOTAL);
        this.connectClock = plan.budget(Phase.CONNECT);
        // multi.c multi_handle_timeout(): -m from t_startop
        this.total = PhaseTimer.enterAt(startOpNanos, maxTime);
        startSingle(startOpNanos);
    }

    long startOp() {
        return startOpNanos;
    }

    /** MSTATE_CONNECT: each request of a transfer (each redirect) starts its connect clock anew. */
    void startSingle(long nowNanos) {
        if (connecting != null) {
            connecting.exit();
        }
        startSingleNanos = nowNanos;
        // Curl_timeleft()'s connect half, from t_startsingle
        connecting = PhaseTimer.enterAt(nowNanos, connectClock);
    }

    /** Connected (and through TLS): the connect clock no longer counts. */
    void connected() {
        connecting.exit();
    }

    /** t_startsingle: when this request's connect clock started. */
    long startSingleNanos() {
        return startSingleNanos;
    }

    long sinceSingleMs(long nowNanos) {
        return (nowNanos - startSingleNanos) / 1_000_000;
    }

    long sinceOpMicros(long nowNanos) {
        return (nowNanos - startOpNanos) / 1000;
    }

    /** When --max-time ends the transfer (absolute nanoTime), or NEVER. */
    long maxDeadline() {
        return maxTime.isUnlimited() ? NEVER : startOpNanos + maxTime.duration().toNanos();
    }

    /** When connecting must be over: the earlier of the connect clock and --max-time. */
    long connectDeadline() {
        return Math.min(startSingleNanos + connectClock.duration().toNanos(), maxDeadline());
    }

    @Override
    public void close() {
        connecting.exit();
        total.exit();
    }
}
