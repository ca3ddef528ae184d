package jtwins.nc;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import jtwins.common.Budget;
import jtwins.common.Deadline;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.ReadinessWait;
import jtwins.common.trace.IdleGap;
import jtwins.common.TimeoutPlan;
import jtwins.common.process.SelectableStdin;

/**
 * nc's readwrite(): one readiness wait over stdin, the socket (in and out) and stdout, bounded by -w
 * as the idle timeout. A wait that sees nothing ready for -w returns, and nc then exits 0 quietly.
 */
final class ReadWriteLoop {
    /** nc's BUFSIZE: one read(2) of stdin is one datagram with -u, and -i paces one buffer at a time. */
    private static final int BUFSIZE = 16384;
    /**
     * A TCP byte stream has no boundaries to keep: four of nc's buffers per system call halve the
     * JVM's cost per byte (bench/run, 1 GiB to /dev/null: 1.7 s at 16 KiB, 0.9-1.0 s at 64 KiB).
     */
    private static final int STREAM_BUFSIZE = 65536;
    /** stdout as a channel, so a direct buffer goes to write(2) without a copy through the heap. */
    private static final FileChannel STDOUT = new FileOutputStream(FileDescriptor.out).getChannel();

    private final NcSettings settings;
    private final NcOptions options;
    private final Budget idle;
    private final Budget afterEof;
    private final SelectableStdin stdin;
    private int recvCount;

    ReadWriteLoop(NcSettings settings, NcOptions options, TimeoutPlan plan, SelectableStdin stdin) {
        this.settings = settings;
        this.options = options;
        this.idle = plan.budget(Phase.IDLE_READ);
        this.afterEof = plan.budget(Phase.AFTER_STDIN_EOF);
        this.stdin = stdin;
    }

    /** readwrite()'s poll() timeout, armed before every wait: the plan's idle row (-w). */
    Budget idleTimer() {
        return idle;
    }

    /** The quit-timer patch's alarm(-q) once both inputs are gone: the plan's row. */
    Budget quitTimer() {
        return afterEof;
    }

    <C extends ByteChannel & NetworkChannel> void run(C net) throws IOException {
        run(ChannelNetEnd.of(net));
    }

    void run(NetEnd net) throws IOException {
        SelectableChannel netSelectable = net.selectable();
        netSelectable.configureBlocking(false);
        boolean stdinOpen = stdin != null;
        boolean netOutOpen = true;
        boolean netInOpen = true;
        boolean stdoutOpen = true;
        // direct: read(2) and write(2) work on them in place, as nc's own buffers; a heap buffer costs
        // the JDK two copies through a temporary direct one per read and write
        int size = options.udp || settings.intervalSeconds > 0 ? BUFSIZE : STREAM_BUFSIZE;
        ByteBuffer stdinBuf = ByteBuffer.allocateDirect(size);
        ByteBuffer netInBuf = ByteBuffer.allocateDirect(size);
        // a UDP listener's first datagram, taken to learn its peer, is the first of -W's receives
        ByteBuffer pending = net.pending();
        boolean pendingReceived = pending.hasRemaining();
        // read(2) of a datagram longer than the buffer keeps the buffer's worth and drops the rest
        pending.limit(pending.position() + Math.min(pending.remaining(), netInBuf.remaining()));
        netInBuf.put(pending);
        if (pendingReceived && reachedRecvLimit()) {
            net.shutdownInput();
            netInOpen = false;
            stdinOpen = false;
        }
        try (Selector selector = Selector.open()) {
            SelectionKey netKey = netSelectable.register(selector, 0);
            SelectionKey stdinKey = stdinOpen ? stdin.channel().register(selector, 0) : null;
            while (true) {
                if (!stdinOpen && !netInOpen && stdinBuf.position() == 0 && netInBuf.position() == 0) {
                    lingerAfterEof(net);
                    return;
                }
                if (!netOutOpen && !stdoutOpen) {
                    return;
                }
                if (options.listen && !netInOpen && stdinBuf.position() == 0 && netInBuf.position() == 0) {
                    return;
                }
                if (settings.intervalSeconds > 0) {
                    sleep(settings.intervalSeconds * 1000L);
                }

                int netOps = 0;
                if (netInOpen && netInBuf.hasRemaining()) {
                    netOps |= SelectionKey.OP_READ;
                }
                boolean netWants = netOutOpen && stdinBuf.position() > 0;
                boolean netWriteNow = netWants && net.writableWithoutWait();
                if (netWants && !netWriteNow) {
                    netOps |= SelectionKey.OP_WRITE;
                }
                netKey.interestOps(netOps);
                if (stdinKey != null) {
                    stdinKey.interestOps(stdinOpen && stdinBuf.hasRemaining() ? SelectionKey.OP_READ : 0);
                }
                boolean stdoutReady = stdoutOpen && netInBuf.position() > 0;
                // -w: the poll() timeout; nothing ready within it ends readwrite() (nc.1: "idle timeout")
                awaitReadiness(selector, stdoutReady || netWriteNow);
                if (selector.selectedKeys().isEmpty() && !stdoutReady && !netWriteNow) {
                    return;
                }
                boolean stdinReady = stdinKey != null && selector.selectedKeys().contains(stdinKey);
                boolean netReady = selector.selectedKeys().contains(netKey);

                if (stdinReady && stdinOpen && stdinKey.isReadable()) {
                    int n = options.crlf ? fillCrlf(stdin.channel(), stdinBuf) : fill(stdin.channel(), stdinBuf);
                    if (n < 0) {
                        stdinOpen = false;
                    }
                }
                if (netWants && (netWriteNow || (netReady && netKey.isWritable()))) {
                    try {
                        stdinBuf.flip();
                        net.write(stdinBuf);
                        stdinBuf.compact();
                    } catch (IOException e) {
                        stdinBuf.clear();
                        netOutOpen = false;
                    }
                }
                if (netReady && netInOpen && netKey.isReadable()) {
                    int n;
                    try {
                        n = fill(net, netInBuf);
                    } catch (IOException e) {
                        // POLLERR on the socket: nc drops both its net-in and net-out entries
                        n = -2;
                        netOutOpen = false;
                    }
                    if (n == -2) {
                        netInOpen = false;
                    } else if (n == -1) {
                        net.shutdownInput();
                        netInOpen = false;
                    }
                    if (n != 0 && reachedRecvLimit()) {
                        if (netInOpen) {
                            net.shutdownInput();
                        }
                        netInOpen = false;
                        stdinOpen = false;
                    }
                    if (options.telnet && netInBuf.position() > 0) {
                        Telnet.answer(net, netInBuf);
                    }
                }
                if (stdoutReady || (stdoutOpen && netInBuf.position() > 0)) {
                    try {
                        netInBuf.flip();
                        while (netInBuf.hasRemaining()) {
                            STDOUT.write(netInBuf);
                        }
                        netInBuf.clear();
                    } catch (IOException e) {
                        stdoutOpen = false;
                    }
                }

                if (!netOutOpen) {
                    stdinOpen = false;
                }
                if (!stdoutOpen) {
                    if (netInOpen) {
                        net.shutdownInput();
                    }
                    netInOpen = false;
                }
                if (!stdinOpen && stdinBuf.position() == 0) {
                    if (netOutOpen && settings.shutdownOnEof) {
                        net.shutdownOutput();
                    }
                    netOutOpen = false;
                    // UDP never ends on its own: with -q, Debian's nc also shuts the read side at stdin's
                    // end (strace: shutdown(SHUT_WR), shutdown(SHUT_RD), close, alarm(q)), so the quit
                    // timer can start; without -q it keeps listening
                    if (options.udp && settings.quitAfterSeconds >= 0 && netInOpen) {
                        net.shutdownInput();
                        netInOpen = false;
                    }
                }
                if (!netInOpen && netInBuf.position() == 0) {
                    stdoutOpen = false;
                }
            }
        }
    }

    /** -W: counts one receive; true once the count is reached. */
    private boolean reachedRecvLimit() {
        return settings.recvLimit > 0 && ++recvCount >= settings.recvLimit;
    }

    /** Fills the selector's selected-key set; empty after the idle timeout. */
    private void awaitReadiness(Selector selector, boolean somethingReady) throws IOException {
        // stdout (or a unix datagram peer) has bytes to take: poll() returns at once, as POLLOUT is ready
        if (somethingReady) {
            ReadinessWait.await(selector, Deadline.afterMillis(0));
            return;
        }
        // readwrite()'s poll() timeout: -w again before every wait, as netcat.c arms it per poll()
        long began = System.nanoTime();
        try (PhaseTimer timer = PhaseTimer.enter(idle)) {
            ReadinessWait.await(selector, timer.deadline());
        }
        if (!selector.selectedKeys().isEmpty()) {
            IdleGap.report(began);
        }
    }

    /**
     * Debian's quit-timer patch: once both inputs are gone, -q N closes the socket and arms alarm(N);
     * the poll() over no descriptors that follows still ends after -w, whichever comes first.
     */
    private void lingerAfterEof(NetEnd net) throws IOException {
        if (afterEof.isUnlimited() || afterEof.duration().isZero()) {
            return;
        }
        net.close();
        long waitMillis = afterEof.duration().toMillis();
        if (!idle.isUnlimited()) {
            waitMillis = Math.min(waitMillis, idle.duration().toMillis());
        }
        // the quit-timer patch's alarm(-q) ends the run
        try {
            PhaseTimer.sleepNanos(waitMillis * 1_000_000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int fill(ReadableByteChannel channel, ByteBuffer buf) throws IOException {
        return channel.read(buf);
    }

    /** -C: every newline read from stdin goes out as CR LF; half the room is read so the CRs fit. */
    private static int fillCrlf(ReadableByteChannel channel, ByteBuffer buf) throws IOException {
        int before = buf.position();
        ByteBuffer half = buf.slice(before, Math.max(1, buf.remaining() / 2));
        int n = channel.read(half);
        if (n > 0) {
            buf.position(before + n);
            Crlf.expand(buf, before);
        }
        return n;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
