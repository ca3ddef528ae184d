package jtwins.common;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import jtwins.common.trace.SynWatch;

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
                return immediate(target, ConnectOutcome.CONNECTED);
            }
        } catch (IOException e) {
            return immediate(target, ConnectOutcome.failed(Errno.of(e)));
        }
        SynWatch syns = SynWatch.begin(channel, target);
        ConnectOutcome outcome = await(channel, deadline, syns);
        if (syns != null) {
            syns.end(outcome);
        }
        return outcome;
    }

    private static ConnectOutcome await(SocketChannel channel, Deadline deadline, SynWatch syns) throws IOException {
        // on loopback the handshake is often over when connect() returns: look before arming the wait,
        // as the original's select() would return at once
        ConnectOutcome done = finish(channel);
        if (done != null) {
            return done;
        }
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_CONNECT);
            if (syns == null) {
                ReadinessWait.await(selector, deadline);
            } else {
                syns.await(selector, deadline);
            }
            if (selector.selectedKeys().isEmpty()) {
                // connect() is still in progress, so errno still says EINPROGRESS
                return ConnectOutcome.timedOut(Errno.EINPROGRESS);
            }
            done = finish(channel);
            return done != null ? done : ConnectOutcome.timedOut(Errno.EINPROGRESS);
        }
    }

    private static ConnectOutcome immediate(SocketAddress target, ConnectOutcome outcome) {
        SynWatch.immediate(target, SynWatch.outcomeText(outcome));
        return outcome;
    }

    /** SO_ERROR through finishConnect(): the outcome, or null while the handshake is still under way. */
    private static ConnectOutcome finish(SocketChannel channel) {
        try {
            return channel.finishConnect() ? ConnectOutcome.CONNECTED : null;
        } catch (IOException e) {
            return ConnectOutcome.failed(Errno.of(e));
        }
    }
}
