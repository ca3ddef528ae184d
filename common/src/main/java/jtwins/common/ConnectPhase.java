package jtwins.common;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * A connect bounded the way curl, nc and the MariaDB client bound it: a non-blocking connect(), a
 * readiness wait for writability until the deadline, then SO_ERROR (the JDK's finishConnect()).
 * With no deadline the wait is unbounded and only the kernel's SYN retries end it, as in the originals.
 */
public final class ConnectPhase {
    private ConnectPhase() {
    }

    public static ConnectOutcome connect(SocketChannel channel, SocketAddress target, Deadline deadline)
            throws IOException {
        channel.configureBlocking(false);
        try {
            if (channel.connect(target)) {
                return ConnectOutcome.CONNECTED;
            }
        } catch (IOException e) {
            return ConnectOutcome.failed(Errno.of(e));
        }
        // on loopback the handshake is often over when connect() returns: look before arming the wait,
        // as the original's select() would return at once
        try {
            if (channel.finishConnect()) {
                return ConnectOutcome.CONNECTED;
            }
        } catch (IOException e) {
            return ConnectOutcome.failed(Errno.of(e));
        }
        try (Selector selector = Selector.open()) {
            SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT);
            while (true) {
                if (deadline.isNone()) {
                    selector.select();
                } else {
                    if (deadline.expired()) {
                        // connect() is still in progress, so errno still says EINPROGRESS
                        return ConnectOutcome.timedOut(Errno.EINPROGRESS);
                    }
                    selector.select(Math.max(1, deadline.remainingMillisCeil()));
                }
                if (key.isValid() && key.isConnectable()) {
                    try {
                        channel.finishConnect();
                        return ConnectOutcome.CONNECTED;
                    } catch (IOException e) {
                        return ConnectOutcome.failed(Errno.of(e));
                    }
                }
            }
        }
    }
}
