package jtwins.wget;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import jtwins.common.Budget;
import jtwins.common.Deadline;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.ReadinessWait;
import jtwins.common.TimeoutPlan;
import jtwins.common.trace.IdleGap;

/**
 * connect.c's fd_read/fd_write: before every read and every write, select() on the socket for
 * --read-timeout seconds (900 by default). It is an idle timer: it starts again with each call, so a
 * trickle of data never trips it, and writes are bounded by it too.
 */
final class IdleWire implements Wire {
    /** select() returned 0: wget sets errno to ETIMEDOUT and the read or write fails. */
    static final class IdleTimeout extends IOException {
        private static final long serialVersionUID = 1L;

        IdleTimeout() {
            super("Connection timed out", null);
        }
    }

    private final SocketChannel channel;
    private final int fd;
    private final Descriptors fds;
    private final WgetLog log;
    private final Selector selector;
    private final SelectionKey key;
    private final Budget readIdle;
    private final Budget writeIdle;
    private Runnable ticker;

    IdleWire(Connector.Connected connected, TimeoutPlan plan, Descriptors fds, WgetLog log) throws IOException {
        this.channel = connected.channel();
        this.fd = connected.fd();
        this.fds = fds;
        this.log = log;
        this.readIdle = plan.budget(Phase.IDLE_READ);
        this.writeIdle = plan.budget(Phase.IDLE_WRITE);
        channel.configureBlocking(false);
        this.selector = Selector.open();
        this.key = channel.register(selector, 0);
    }

    /** The select() bound before each read, and before each write. */
    Budget readIdle() {
        return readIdle;
    }

    Budget writeIdle() {
        return writeIdle;
    }

    SocketChannel channel() {
        return channel;
    }

    /** One read: at most dst's room, -1 at end of stream. */
    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = channel.read(dst);
        if (n != 0) {
            return n;
        }
        // select_fd(fd, opt.read_timeout, WAIT_FOR_READ)
        await(SelectionKey.OP_READ);
        return channel.read(dst);
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            if (channel.write(src) == 0) {
                // select_fd(fd, opt.read_timeout, WAIT_FOR_WRITE): the same timer bounds writes
                await(SelectionKey.OP_WRITE);
            }
        }
    }

    /** test_socket_open(): a kept-alive socket with something to read (or EOF) is not reused. */
    @Override
    public boolean stillOpen() throws IOException {
        key.interestOps(SelectionKey.OP_READ);
        selector.selectedKeys().clear();
        return selector.selectNow() == 0;
    }

    /**
     * With the bar on a terminal (an "interactive" display), wget waits for data in slices of 0.95 s
     * and redraws the bar after each empty one, adding the slices up so that --read-timeout still
     * ends the wait at its moment. Null goes back to one wait for the whole timeout.
     */
    @Override
    public void tickEvery95Centiseconds(Runnable tick) {
        this.ticker = tick;
    }

    private void await(int op) throws IOException {
        key.interestOps(op);
        long began = System.nanoTime();
        awaitReady(op);
        IdleGap.report(began);
    }

    private void awaitReady(int op) throws IOException {
        try (PhaseTimer timer = PhaseTimer.enter(op == SelectionKey.OP_READ ? readIdle : writeIdle)) {
            Deadline deadline = timer.deadline();
            if (ticker != null && op == SelectionKey.OP_READ) {
                while (true) {
                    ReadinessWait.await(selector, deadline.min(Deadline.afterMillis(950)));
                    if (!selector.selectedKeys().isEmpty()) {
                        return;
                    }
                    if (deadline.expired()) {
                        throw new IdleTimeout();
                    }
                    ticker.run();
                }
            }
            ReadinessWait.await(selector, deadline);
            if (selector.selectedKeys().isEmpty()) {
                throw new IdleTimeout();
            }
        }
    }

    @Override
    public int fd() {
        return fd;
    }

    /** The peer's address (socket_ip_address ENDPOINT_PEER); null when the socket cannot say. */
    java.net.InetAddress peerAddress() {
        try {
            return ((java.net.InetSocketAddress) channel.getRemoteAddress()).getAddress();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The socket under TLS, which wgnutls_close() closes without a word. */
    void closeQuietly() throws IOException {
        if (channel.isOpen()) {
            selector.close();
            channel.close();
            fds.release(fd);
        }
    }

    /** sock_close(). */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        selector.close();
        channel.close();
        fds.release(fd);
        log.debug("Closed fd " + fd + "\n");
    }
}
