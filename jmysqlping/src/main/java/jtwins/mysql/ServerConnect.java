package jtwins.mysql;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.List;
import jtwins.common.Budget;
import jtwins.common.ConnectOutcome;
import jtwins.common.ConnectPhase;
import jtwins.common.Deadline;
import jtwins.common.Errno;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.ProcessStart;
import jtwins.common.ReadinessWait;
import jtwins.common.TimeoutPlan;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.GaiError;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;
import jtwins.common.trace.SynWatch;

/**
 * Connector/C's pvio_socket_connect() (plugins/pvio/pvio_socket.c), quirks included, since they
 * decide when the client gives up and what errno it prints:
 * <ul>
 * <li>getaddrinfo() is repeated on EAI_AGAIN, with a sleep doubling from 1 µs, until more whole
 * seconds of time(NULL) than the connect timeout have passed;</li>
 * <li>the first address gets a non-blocking connect() and poll() for the connect timeout (mysqladmin's
 * default is 43200 s); a failure seen by that poll() reports the connect's EINPROGRESS (115), not
 * SO_ERROR, and a poll() timeout reports ETIMEDOUT (110);</li>
 * <li>every later address gets a blocking connect(): the socket's O_NONBLOCK is set through a mode
 * cached for the first socket, so the kernel's SYN retries end it and its own errno is reported.</li>
 * </ul>
 */
final class ServerConnect {
    private ServerConnect() {
    }

    static Wire unixSocket(String path) throws ClientError, IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
            channel.close();
            throw ClientError.socketConnect(path, Errno.of(e).number());
        }
        return new Wire(channel);
    }

    /** The lookup's bound and the first address's poll() are the plan's RESOLVE and CONNECT rows. */
    static Wire tcp(String host, int port, TimeoutPlan plan) throws ClientError, IOException {
        List<InetAddress> addresses = lookup(host, lookupBoundSeconds(plan));
        Budget firstConnect = firstConnect(plan);
        int errno = 0;
        boolean first = true;
        for (InetAddress address : addresses) {
            SocketChannel channel = SocketChannel.open(address instanceof Inet6Address
                    ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            InetSocketAddress target = new InetSocketAddress(address, port & 0xffff);
            boolean connected;
            if (first) {
                first = false;
                // pvio_socket_internal_connect(): poll(POLLOUT) for the connect timeout
                try (PhaseTimer timer = PhaseTimer.enter(firstConnect)) {
                    errno = pollBoundedConnect(channel, target, timer.deadline());
                }
                connected = errno == CONNECTED;
            } else {
                ConnectOutcome outcome = ConnectPhase.connect(channel, target, Deadline.NONE);
                connected = outcome.connected();
                if (!connected) {
                    errno = outcome.errno().number();
                }
            }
            if (connected) {
                return new Wire(channel);
            }
            channel.close();
        }
        throw ClientError.tcpConnect(host, errno);
    }

    /** What pollBoundedConnect() returns for a connect that succeeded. */
    private static final int CONNECTED = -1;

    /**
     * pvio_socket_internal_connect() on a non-blocking socket: connect(), then poll(POLLOUT) for the
     * timeout. Returns CONNECTED, or the errno the client will print.
     */
    private static int pollBoundedConnect(SocketChannel channel, InetSocketAddress target, Deadline deadline)
            throws IOException {
        channel.configureBlocking(false);
        try {
            if (channel.connect(target)) {
                SynWatch.immediate(target, "connected");
                return CONNECTED;
            }
        } catch (IOException e) {
            SynWatch.immediate(target, Errno.of(e).name());
            return Errno.of(e).number();
        }
        SynWatch syns = SynWatch.begin(channel, target);
        int signalsBefore = Interruption.signals();
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_CONNECT);
            if (syns == null) {
                ReadinessWait.await(selector, deadline);
            } else {
                syns.await(selector, deadline);
            }
            if (selector.selectedKeys().isEmpty()) {
                ended(syns, "abandoned (EINPROGRESS)");
                // the poll() timed out: pvio_socket_wait_io_or_timeout() sets ETIMEDOUT
                return Errno.ETIMEDOUT.number();
            }
        }
        try {
            boolean connected = channel.finishConnect();
            ended(syns, connected ? "connected" : "abandoned (EINPROGRESS)");
            return connected ? CONNECTED : Errno.EINPROGRESS.number();
        } catch (IOException refused) {
            ended(syns, Errno.of(refused).name());
            // SO_ERROR is read and returned, but the message prints errno: still EINPROGRESS, or EINTR
            // when a signal interrupted the poll(), which was then restarted
            return Interruption.signals() != signalsBefore ? Errno.EINTR.number() : Errno.EINPROGRESS.number();
        }
    }

    private static void ended(SynWatch syns, String outcome) {
        if (syns != null) {
            syns.end(outcome);
        }
    }

    /** How long EAI_AGAIN is retried: the plan's RESOLVE row, whole seconds of time(). */
    static long lookupBoundSeconds(TimeoutPlan plan) {
        return plan.budget(Phase.RESOLVE).duration().toSeconds();
    }

    /** The first address's poll(): the plan's; with --connect-timeout=0 it waits for ever and the row is the kernel's. */
    static Budget firstConnect(TimeoutPlan plan) {
        return plan.row(Phase.CONNECT).mechanism() == Mechanism.POLL ? plan.budget(Phase.CONNECT) : Budget.UNLIMITED;
    }

    /** @param bound whole seconds of time(): connect_timeout, or DNS_TIMEOUT for none */
    private static List<InetAddress> lookup(String host, long bound) throws ClientError {
        // time(NULL) as the client read it, a few milliseconds after its exec, not after the JVM's start-up
        long start = (System.currentTimeMillis() - (System.nanoTime() - ProcessStart.nanoTime()) / 1_000_000) / 1000;
        long sleepMicros = 1;
        Resolver resolver = Resolver.system();
        while (true) {
            try {
                return resolver.resolve(host, AddressFamily.UNSPEC, false, Deadline.NONE);
            } catch (ResolveException e) {
                if (e.error() != GaiError.EAI_AGAIN || System.currentTimeMillis() / 1000 - start > bound) {
                    throw ClientError.unknownHost(host, e.error().code());
                }
            }
            sleepMicros(sleepMicros);
            sleepMicros *= 2;
        }
    }

    /** The client's usleep() between lookups; the sleeps pay back the JVM's start-up, as its timers do. */
    private static void sleepMicros(long micros) {
        try {
            PhaseTimer.sleepNanos(micros * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
