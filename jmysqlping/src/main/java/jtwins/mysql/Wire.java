package jtwins.mysql;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import jtwins.common.Budget;
import jtwins.common.Errno;
import jtwins.common.PhaseTimer;
import jtwins.common.ReadinessWait;

/**
 * The connected socket as Connector/C's pvio_socket reads and writes it: recv(MSG_DONTWAIT) first,
 * then poll() for at most the read timeout (SO_RCVTIMEO's role; none once logged in). errno is kept
 * as the client's would stand, since its "Lost connection ..., system error: N" prints it: EAGAIN
 * after an empty recv, ETIMEDOUT when the poll times out, and unchanged by an end of stream.
 */
final class Wire implements Transport {
    private final SocketChannel channel;
    private final Selector selector;
    private Budget readBound = Budget.UNLIMITED;
    private int errno;

    Wire(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        this.selector = Selector.open();
        // the client's first recv() follows its connect() by microseconds, before any server can have
        // answered or closed: it finds nothing, so an end of stream is reported with EAGAIN
        this.errno = Errno.EAGAIN.number();
    }

    /** The bound on each wait for data or room: the plan's, for the handshake and after the login. */
    void readBound(Budget bound) {
        this.readBound = bound;
    }

    int errno() {
        return errno;
    }

    /** Some bytes into dst; -1 at the end of the stream. A timed-out wait throws SocketTimeoutException. */
    @Override
    public int read(ByteBuffer dst) throws IOException {
        while (true) {
            int n;
            try {
                n = channel.read(dst);
            } catch (IOException e) {
                errno = Errno.of(e).number();
                throw e;
            }
            if (n != 0) {
                return n;
            }
            errno = Errno.EAGAIN.number();
            await(SelectionKey.OP_READ);
        }
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            int n;
            try {
                n = channel.write(src);
            } catch (IOException e) {
                errno = Errno.of(e).number();
                throw e;
            }
            if (n == 0) {
                errno = Errno.EAGAIN.number();
                await(SelectionKey.OP_WRITE);
            }
        }
    }

    private void await(int op) throws IOException {
        // pvio_socket_wait_io_or_timeout(): poll() for the read or write timeout, ETIMEDOUT when it ends
        SelectionKey key = channel.keyFor(selector);
        if (key == null) {
            key = channel.register(selector, op);
        } else {
            key.interestOps(op);
        }
        selector.selectedKeys().clear();
        try (PhaseTimer timer = PhaseTimer.enter(readBound)) {
            ReadinessWait.await(selector, timer.deadline());
        }
        if (selector.selectedKeys().isEmpty()) {
            errno = Errno.ETIMEDOUT.number();
            throw new SocketTimeoutException();
        }
    }

    void close() {
        try {
            selector.close();
            channel.close();
        } catch (IOException ignored) {
            // closing a socket the far end dropped: nothing to tell
        }
    }
}
