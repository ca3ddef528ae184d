package jtwins.common.trace;

import java.net.InetSocketAddress;
import jtwins.common.Budget;
import jtwins.common.TimeoutPlan;

/**
 * What happens to one command, phase by phase, as the timeout core, the resolver and each twin's
 * protocol code report it (OkHttp's EventListener is the pattern). Every method does nothing unless
 * overridden; {@link Trace#listener()} is NONE unless `jtwins trace` runs the twin, so a run nobody
 * listens to pays one environment look-up.
 */
public interface TraceListener {
    TraceListener NONE = new TraceListener() {
        @Override
        public boolean listening() {
            return false;
        }
    };

    /** False for NONE: callers skip work (the SYN watch's short waits) that only a listener needs. */
    default boolean listening() {
        return true;
    }

    /** The plan the twin armed its timers from, as explain prints it. */
    default void plan(TimeoutPlan plan) {
    }

    /** One DNS query on its way: try attempt of attempts at this server, bounded by boundMillis. */
    default void dnsQuery(String server, String transport, String type, String name, int attempt, int attempts,
                          long boundMillis) {
    }

    /** How a DNS query ended: an rcode with its records, or "timed out". */
    default void dnsEnd(String server, String transport, String type, String name, String outcome) {
    }

    /** A connect() made at atNanos (nanoTime) to this address; its first SYN went with it (rto: the timer it armed). */
    default void connectStart(InetSocketAddress target, long atNanos, long rtoMillis) {
    }

    /** The kernel sent the SYN again, the nth time, and armed rtoMillis for the next. */
    default void synRetransmitted(InetSocketAddress target, int n, long rtoMillis) {
    }

    /** How the connect ended: "connected", an errno name, or "abandoned" (a twin's timer, EINPROGRESS). */
    default void connectEnd(InetSocketAddress target, String outcome) {
    }

    default void tlsStart() {
    }

    default void tlsEnd(String outcome) {
    }

    /** The client's turn went out: what it was, in the protocol's own words (a request line, "RRQ file.txt", "COM_PING"). */
    default void requestSent(String what) {
    }

    default void firstByte() {
    }

    /** A wait for data that lasted longer than a second before data came. */
    default void idleGap(long millis) {
    }

    /** Another try begins: the attempt's number (2 for the first retry) and how many the command allows (0: no limit). */
    default void tryStart(int attempt, int attempts) {
    }

    /** A sleep the original takes, as it begins: between tries (wget --waitretry, curl --retry-delay), nc -q's. */
    default void sleep(long millis) {
    }

    /** A timer ran out: the budget armed (from the plan when it is one of its rows) and its length. */
    default void timerRanOut(Budget budget, long nanos) {
    }

    /** The exit status, as the process ends. */
    default void exit(int status) {
    }
}
