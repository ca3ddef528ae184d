package jtwins.curl;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import jtwins.common.Budget;
import jtwins.common.Phase;
import jtwins.common.TimeoutPlan;

/**
 * What curl's loop does each time it wakes (curl_multi_poll() with at most 1000 ms, or sooner when a
 * timer is due): update the progress meter, then multi_handle_timeout() for --max-time, then
 * Curl_speedcheck() for -y/-Y. Every wait of a transfer goes through await(), so a stalled peer is
 * noticed at the same moments as in curl.
 */
final class TransferPulse {
    private static final long WAKE_NANOS = 1_000_000_000L;

    private final TransferClock clock;
    private final TimeoutPlan plan;
    private final ProgressMeter meter;
    private final long speedLimit;
    private final long speedTimeMs;
    private Stage stage = Stage.RESOLVING;
    private long bytecount;
    private long size = -1;
    private long slowSince;
    private long stepDeadline = TransferClock.NEVER;
    private LongFunction<String> stepFailf;

    TransferPulse(TransferClock clock, ProgressMeter meter, TimeoutPlan plan, CurlConfig config) {
        this.clock = clock;
        this.plan = plan;
        this.meter = meter;
        this.speedTimeMs = speedTimeMs(plan);
        this.speedLimit = CurlPlan.speedLimit(config);
    }

    /** lib/speedcheck.c's period: the plan's idle bound, -y (30 s for -Y alone); 0, no check, without either. */
    static long speedTimeMs(TimeoutPlan plan) {
        Budget speedTime = plan.budget(Phase.IDLE_READ);
        return speedTime.isUnlimited() ? 0 : speedTime.duration().toMillis();
    }

    /** The plan the try's timers are armed from. */
    TimeoutPlan plan() {
        return plan;
    }

    TransferClock clock() {
        return clock;
    }

    ProgressMeter meter() {
        return meter;
    }

    /** The transfer has its connection (made or kept): the progress meter may show from now on. */
    void attached() {
        meter.attach(System.nanoTime());
    }

    void stage(Stage stage) {
        this.stage = stage;
        if (stage != Stage.RESOLVING) {
            attached();
        }
        if (stage == Stage.PERFORMING) {
            clock.connected();
        }
    }

    Stage stage() {
        return stage;
    }

    void received(long total) {
        bytecount = total;
        meter.downloaded(total);
    }

    void expectedSize(long size) {
        this.size = size;
        meter.expectedSize(size);
    }

    /** A step of the connect, armed by {@link #connectStep} and paid when the step's bracket closes. */
    final class ConnectStep implements AutoCloseable {
        @Override
        public void close() {
            stepDeadline = TransferClock.NEVER;
            stepFailf = null;
        }
    }

    /**
     * A step after the TCP connect that curl still counts in its connect time (the SOCKS handshake,
     * the CONNECT tunnel, the TLS handshake): bounded by the connect clock (Curl_timeleft() with
     * connecting TRUE), and ended with the failf its code gives, made from the milliseconds spent.
     */
    ConnectStep connectStep(LongFunction<String> failf) {
        stepDeadline = clock.connectDeadline();
        stepFailf = failf;
        return new ConnectStep();
    }

    long bytecount() {
        return bytecount;
    }

    /** One wake-up's work; throws when --max-time or the speed limit ends the transfer. */
    void check(long now) throws TransferFailed {
        meter.update(now, false);
        if (meter.aborted()) {
            // post_per_transfer() fills the error buffer so for a transfer --fail-early stops
            throw new TransferFailed(CurlCode.ABORTED_BY_CALLBACK, "Transfer aborted due to critical error in another transfer");
        }
        if (now - clock.maxDeadline() >= 0) {
            long since = clock.sinceSingleMs(now);
            String message = switch (stage) {
                case RESOLVING -> "Resolving timed out after " + since + " milliseconds";
                case CONNECTING -> "Connection timed out after " + since + " milliseconds";
                case PERFORMING -> size >= 0
                        ? "Operation timed out after " + since + " milliseconds with " + bytecount + " out of "
                                + size + " bytes received"
                        : "Operation timed out after " + since + " milliseconds with " + bytecount + " bytes received";
            };
            throw new TransferFailed(CurlCode.OPERATION_TIMEDOUT, message);
        }
        if (now - stepDeadline >= 0) {
            throw new TransferFailed(CurlCode.OPERATION_TIMEDOUT, stepFailf.apply(clock.sinceSingleMs(now)));
        }
        if (stage == Stage.PERFORMING && speedTimeMs > 0) {
            // lib/speedcheck.c: under the limit for speed-time in a row ends it
            if (meter.currentSpeed() < speedLimit) {
                if (slowSince == 0) {
                    slowSince = now;
                } else if ((now - slowSince) / 1_000_000 >= speedTimeMs) {
                    throw new TransferFailed(CurlCode.OPERATION_TIMEDOUT, "Operation too slow. Less than "
                            + speedLimit + " bytes/sec transferred the last " + speedTimeMs / 1000 + " seconds");
                }
            } else {
                slowSince = 0;
            }
        }
    }

    /**
     * Waits until a key of the selector is ready or until the given moment (absolute nanoTime, or
     * TransferClock.NEVER), waking at least once a second and at --max-time to run check().
     */
    void await(Selector selector, long until) throws IOException, TransferFailed {
        await(selector, until, null);
    }

    /**
     * Waits for no socket until the given moment, the meter and -m running as in await(): a state in
     * which curl's loop watches nothing and only a timer wakes it.
     */
    void idleUntil(long until) throws IOException, TransferFailed {
        try (Selector idle = Selector.open()) {
            while (System.nanoTime() - until < 0) {
                await(idle, until);
            }
        }
    }

    /**
     * As await(), also returning after a wakeup() once done says so (a resolver thread's answer);
     * null for none (not a constant lambda, which would link the JDK's method handles at start-up).
     */
    void await(Selector selector, long until, BooleanSupplier done) throws IOException, TransferFailed {
        meter.waitingOn(selector);
        try {
            awaitReady(selector, until, done);
        } finally {
            meter.waitingOn(null);
        }
    }

    private void awaitReady(Selector selector, long until, BooleanSupplier done) throws IOException, TransferFailed {
        // an abort asked for before this wait began is seen now, not a wake-up later
        check(System.nanoTime());
        while (true) {
            selector.selectedKeys().clear();
            long now = System.nanoTime();
            long wakeAt = Math.min(now + WAKE_NANOS, Math.min(until, Math.min(clock.maxDeadline(), stepDeadline)));
            if (slowSince != 0 && stage == Stage.PERFORMING) {
                // speedcheck.c arms a timer of its own, so "too slow" is noticed when it is due, not at the next byte
                wakeAt = Math.min(wakeAt, slowSince + speedTimeMs * 1_000_000);
            }
            long waitMs = Math.max(0, (wakeAt - now + 999_999) / 1_000_000);
            if (waitMs == 0) {
                selector.selectNow();
            } else {
                selector.select(waitMs);
            }
            now = System.nanoTime();
            if (now - until >= 0 && now - clock.maxDeadline() < 0 && now - stepDeadline < 0) {
                // the caller's own timer is due: it acts first, as curl's connect filter does before the meter
                return;
            }
            check(now);
            if (!selector.selectedKeys().isEmpty() || now - until >= 0 || (done != null && done.getAsBoolean())) {
                return;
            }
        }
    }
}
