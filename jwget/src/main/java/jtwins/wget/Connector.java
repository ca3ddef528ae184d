package jtwins.wget;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.List;
import jtwins.common.Budget;
import jtwins.common.ConnectOutcome;
import jtwins.common.ConnectPhase;
import jtwins.common.Errno;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.TimeoutPlan;
import jtwins.common.resolver.AddressText;

/**
 * connect.c's connect_to_host: each address in the resolver's order, one "Connecting to ..." line
 * each, until one connects. No happy eyeballs: a black-holed address costs its whole timeout before
 * the next is tried.
 */
final class Connector {
    /** No address connected; errno is the last attempt's, for retryable_socket_connect_error(). */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        final Errno errno;

        Failed(Errno errno) {
            super(null, null, false, false);
            this.errno = errno;
        }
    }

    /** A connected socket and the descriptor number wget's would have. */
    record Connected(SocketChannel channel, int fd) {
    }

    private final WgetLog log;
    private final Budget connectTimeout;
    private final InetAddress bindAddress;
    private final Descriptors fds;

    Connector(WgetLog log, TimeoutPlan plan, InetAddress bindAddress, Descriptors fds) {
        this.log = log;
        this.connectTimeout = alarm(plan);
        this.bindAddress = bindAddress;
        this.fds = fds;
    }

    /** The alarm connect_with_timeout() arms: the plan's, none when its connect row is the kernel's own. */
    static Budget alarm(TimeoutPlan plan) {
        return plan.row(Phase.CONNECT).mechanism() == Mechanism.SETITIMER ? plan.budget(Phase.CONNECT) : Budget.UNLIMITED;
    }

    Connected connect(String host, List<InetAddress> addresses, int port) throws Failed {
        Errno last = Errno.ECONNREFUSED;
        for (InetAddress address : addresses) {
            String text = AddressText.of(address);
            if (!host.equals(text)) {
                log.verbose("Connecting to " + host + " (" + host + ")|" + text + "|:" + port + "... ");
            } else if (address instanceof Inet6Address) {
                log.verbose("Connecting to [" + text + "]:" + port + "... ");
            } else {
                log.verbose("Connecting to " + text + ":" + port + "... ");
            }
            Errno errno;
            SocketChannel channel = null;
            int fd = -1;
            try {
                channel = SocketChannel.open();
                fd = fds.take();
                if (bindAddress != null) {
                    channel.bind(new InetSocketAddress(bindAddress, 0));
                }
                // connect_with_timeout: a blocking connect() that setitimer(ITIMER_REAL) interrupts after
                // --connect-timeout (EINTR turned into ETIMEDOUT); without it only the kernel's SYN
                // retries end it, with ETIMEDOUT too
                ConnectOutcome outcome;
                try (PhaseTimer alarm = PhaseTimer.enter(connectTimeout)) {
                    outcome = ConnectPhase.connect(channel, new InetSocketAddress(address, port), alarm.deadline());
                }
                if (outcome.connected()) {
                    log.verbose("connected.\n");
                    log.debug("Created socket " + fd + ".\n");
                    return new Connected(channel, fd);
                }
                errno = outcome.kind() == ConnectOutcome.Kind.TIMED_OUT ? Errno.ETIMEDOUT : outcome.errno();
            } catch (IOException e) {
                errno = Errno.of(e);
            }
            close(channel);
            if (fd >= 0) {
                fds.release(fd);
                log.debug("Closed fd " + fd + "\n");
            }
            log.notQuiet("failed: " + errno.text() + ".\n");
            last = errno;
        }
        throw new Failed(last);
    }

    private static void close(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do for a socket that never connected
            }
        }
    }
}
