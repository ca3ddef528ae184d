package jtwins.rsync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import jtwins.common.Errno;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.ReadinessWait;
import jtwins.common.TimeoutPlan;
import jtwins.common.trace.ProtocolTurns;

/**
 * The connection to the daemon as io.c drives it: every wait is a poll() (3.5.0; a select() in 3.2.7) of select_timeout
 * (--timeout's allowed lull, (t+1)/2 s, at most 60 s), and each one that times out runs
 * check_timeout(), which compares time() in whole seconds with the last I/O. The first check finds
 * no input yet and takes its own moment as the last input; so rsync gives up only after the lull
 * has passed once more than the timeout, and says how long it really waited.
 */
final class DaemonSocket {
    private final SocketChannel channel;
    private final Selector selector;
    private final PrintStream err;
    private final int ioTimeout;
    private final long selectWaitNanos;
    private final ByteBuffer in = ByteBuffer.allocate(65536).flip();
    private long lastIoIn;
    private long lastIoOut;
    /** The lines before the binary protocol do not move the I/O clock; perform_io() does. */
    private boolean counting;
    private final ProtocolTurns turns = new ProtocolTurns();
    private long bytesIn;
    /** Bytes that go out just before the first write (ConnectProgram.GO), else empty. */
    private byte[] firstBytes;

    DaemonSocket(SocketChannel channel, byte[] firstBytes, int ioTimeout, TimeoutPlan plan, PrintStream err)
            throws IOException {
        this.channel = channel;
        this.firstBytes = firstBytes;
        this.err = err;
        this.ioTimeout = ioTimeout;
        // the plan's lull is the wait's, so what explain says is what the twin waits
        this.selectWaitNanos = selectWaitNanos(plan);
        channel.configureBlocking(false);
        this.selector = Selector.open();
        channel.register(selector, 0);
    }

    /** From here on (the binary protocol) reads and writes count as I/O for --timeout, and reads as bytes received. */
    void startCounting() {
        counting = true;
    }

    long bytesIn() {
        return bytesIn;
    }

    /** Some bytes, or -1 at the end of the stream. A read error is thrown as the errno's IOException. */
    int fill() throws IOException, RsyncError {
        in.compact();
        long began = System.nanoTime();
        try {
            while (true) {
                int n = channel.read(in);
                if (n != 0) {
                    if (n > 0 && counting) {
                        bytesIn += n;
                        lastIoIn = now();
                    }
                    if (n > 0) {
                        turns.heard(began);
                    }
                    return n;
                }
                await(SelectionKey.OP_READ);
            }
        } finally {
            in.flip();
        }
    }

    /** One byte as safe_read() gets it; -1 at the end of the stream. */
    int readByte(String resetAt) throws IOException, RsyncError {
        if (!in.hasRemaining()) {
            int n;
            try {
                n = fill();
            } catch (IOException e) {
                Errno errno = Errno.of(e);
                err.println("rsync: [Receiver] safe_read failed to read 1 bytes: " + errno.text() + " (" + errno.number() + ")");
                throw RsyncError.streamIo(resetAt);
            }
            if (n < 0) {
                return -1;
            }
        }
        return in.get() & 0xff;
    }

    /** io.c select_timeout, each wait's length: the plan's IO_WAIT row. */
    static long selectWaitNanos(TimeoutPlan plan) {
        return plan.budget(Phase.IO_WAIT).duration().toNanos();
    }

    ByteBuffer buffer() {
        return in;
    }

    /** Writes bytes, what naming the client's turn for a trace (a turn is named by its first write). */
    void write(byte[] bytes, String what) throws IOException, RsyncError {
        ByteBuffer out = ByteBuffer.allocate(firstBytes.length + bytes.length).put(firstBytes).put(bytes).flip();
        firstBytes = new byte[0];
        while (out.hasRemaining()) {
            if (channel.write(out) == 0) {
                await(SelectionKey.OP_WRITE);
            }
        }
        if (counting) {
            lastIoOut = now();
        }
        turns.sent(what);
    }

    private void await(int op) throws IOException, RsyncError {
        SelectionKey key = channel.keyFor(selector);
        key.interestOps(op);
        long planned = System.nanoTime();
        while (true) {
            selector.selectedKeys().clear();
            // select(select_timeout), io.c's every wait; then check_timeout() if it timed out. A wait
            // after a timed-out one counts from that one's planned end: rsync's poll() overshoots by
            // microseconds, the JVM's wait by a millisecond or two, and check_timeout()'s whole
            // seconds would feel the sum when a second boundary falls near a check
            try (PhaseTimer timer = PhaseTimer.enterFrom(planned, selectWaitNanos)) {
                planned = timer.endsAtNanos();
                ReadinessWait.await(selector, timer.deadline());
                if (!selector.selectedKeys().isEmpty()) {
                    return;
                }
            }
            checkTimeout();
        }
    }

    private void checkTimeout() throws RsyncError {
        if (ioTimeout <= 0) {
            return;
        }
        long t = now();
        if (lastIoIn == 0) {
            lastIoIn = t;
        }
        long chk = Math.max(lastIoIn, lastIoOut);
        if (t - chk >= ioTimeout) {
            err.println("[Receiver] io timeout after " + (t - chk) + " seconds -- exiting");
            throw RsyncError.timeout();
        }
    }

    /** time(NULL): rsync's I/O clock counts whole seconds of the wall clock. */
    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    void close() {
        try {
            selector.close();
            channel.close();
        } catch (IOException ignored) {
            // the daemon may be gone already: nothing left to tell
        }
    }
}
