package jtwins.common.trace;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import jtwins.common.ConnectOutcome;
import jtwins.common.Deadline;
import jtwins.common.ReadinessWait;
import jtwins.common.nativecall.NativeCallFailed;
import jtwins.common.nativecall.TcpInfo;

/**
 * The SYNs of one connect in progress, as the kernel sends them: strace sees one connect() and one
 * poll(), tcpdump needs root; the socket's own TCP_INFO counts each retransmission (tcpi_retransmits)
 * and holds the timer armed for the next (tcpi_rto: 1 s, kept for the first
 * net.ipv4.tcp_syn_linear_timeouts on Linux 6.5 and later, then doubled). A listener gets one event a SYN,
 * read within SLICE of the kernel's moment; with nobody listening there is no watch and no short waits.
 */
public final class SynWatch {
    /** How often a watched connect's wait wakes to read TCP_INFO. */
    private static final long SLICE_NANOS = 10_000_000L;

    private final SocketChannel channel;
    private final InetSocketAddress target;
    private final TraceListener listener;
    private int reported;

    private SynWatch(SocketChannel channel, InetSocketAddress target, TraceListener listener) {
        this.channel = channel;
        this.target = target;
        this.listener = listener;
    }

    /** A watch on a connect() just started (its first SYN gone), or null when nobody listens. */
    public static SynWatch begin(SocketChannel channel, SocketAddress target) {
        TraceListener listener = Trace.listener();
        if (!listener.listening() || !(target instanceof InetSocketAddress inet)) {
            return null;
        }
        long at = System.nanoTime();
        SynWatch watch = new SynWatch(channel, inet, listener);
        TcpInfo info = watch.read();
        listener.connectStart(inet, at, info == null ? 0 : info.rtoMicros() / 1000);
        return watch;
    }

    /** A wait's end, brought within SLICE while a watch reads TCP_INFO (for loops that wait on their own selector). */
    public static long sliced(long wakeAtNanos, boolean watching) {
        return watching ? Math.min(wakeAtNanos, System.nanoTime() + SLICE_NANOS) : wakeAtNanos;
    }

    /** Reports a connect that ended without a wait (connected or refused at once). */
    public static void immediate(SocketAddress target, String outcome) {
        TraceListener listener = Trace.listener();
        if (listener.listening() && target instanceof InetSocketAddress inet) {
            listener.connectStart(inet, System.nanoTime(), 0);
            listener.connectEnd(inet, outcome);
        }
    }

    /** ReadinessWait.await() in slices, reading TCP_INFO after each: the same end, the SYNs seen on the way. */
    public void await(Selector selector, Deadline deadline) throws IOException {
        do {
            ReadinessWait.await(selector, deadline.min(Deadline.afterNanos(SLICE_NANOS)));
            sample();
        } while (selector.selectedKeys().isEmpty() && !deadline.expired());
    }

    /** Reports the retransmissions since the last look. */
    public void sample() {
        TcpInfo info = read();
        if (info == null || info.state() != TcpInfo.SYN_SENT) {
            return;
        }
        while (reported < info.retransmits()) {
            reported++;
            listener.synRetransmitted(target, reported, info.rtoMicros() / 1000);
        }
    }

    public void end(ConnectOutcome outcome) {
        listener.connectEnd(target, outcomeText(outcome));
    }

    public void end(String outcome) {
        listener.connectEnd(target, outcome);
    }

    /** "connected", the errno's name, or "abandoned" for a twin's timer that left it in progress. */
    public static String outcomeText(ConnectOutcome outcome) {
        return switch (outcome.kind()) {
            case CONNECTED -> "connected";
            case FAILED -> outcome.errno().name();
            case TIMED_OUT -> "abandoned (" + outcome.errno().name() + ")";
        };
    }

    private TcpInfo read() {
        try {
            return channel.isOpen() ? TcpInfo.of(channel) : null;
        } catch (NativeCallFailed | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
