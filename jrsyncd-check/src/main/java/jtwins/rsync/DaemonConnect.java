package jtwins.rsync;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.Budget;
import jtwins.common.ConnectOutcome;
import jtwins.common.ConnectPhase;
import jtwins.common.Deadline;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.TimeoutPlan;
import jtwins.common.resolver.AddressText;
import jtwins.common.resolver.GaiError;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;
import jtwins.common.resolver.ServiceNames;

/**
 * open_socket_out() in socket.c: getaddrinfo() without a bound, then each address in turn (3.5.0
 * polls a non-blocking connect() every 100 ms, 3.2.7 blocked in it: the same to see); --contimeout
 * arms alarm() around each one, and the alarm ends the whole run with code 35 at once, whatever
 * addresses are left. Failed addresses are reported together at the end.
 */
final class DaemonConnect {
    private DaemonConnect() {
    }

    /** The connection, and what must go out before the twin's first bytes (ConnectProgram.GO). */
    record Link(SocketChannel channel, byte[] firstBytes) {
    }

    /**
     * open_socket_out_wrapped(): RSYNC_CONNECT_PROG when set (ConnectProgram), else open_socket_out(),
     * through RSYNC_PROXY when that is set. -vv says which, on stdout as rsync's FINFO lines.
     */
    static Link open(DaemonSource source, RsyncSettings settings, TimeoutPlan plan, PrintStream out, PrintStream err)
            throws RsyncError, IOException {
        String program = System.getenv("RSYNC_CONNECT_PROG");
        if (program != null) {
            program = ConnectProgram.expand(program, source.host(), err);
            if (program == null) {
                throw RsyncError.socketIo();
            }
        }
        if (settings.verbose >= 2) {
            out.println((program != null ? "Using RSYNC_CONNECT_PROG instead of " : "") + "opening tcp connection to "
                    + source.host() + " port " + source.port());
        }
        if (program != null) {
            return new Link(ConnectProgram.start(program, settings.verbose, out, err), ConnectProgram.GO);
        }
        HttpConnectProxy proxy = HttpConnectProxy.fromEnvironment(err);
        String host = proxy != null ? proxy.host : source.host();
        String port = proxy != null ? proxy.port : Integer.toString(source.port());
        if (proxy != null && settings.verbose >= 2) {
            out.println("connection via http proxy " + host + " port " + port);
        }
        return new Link(connect(source, host, port, proxy, settings, plan, out, err), new byte[0]);
    }

    /** alarm(contimeout) around each connect(): the plan's, none when its connect row is the kernel's own. */
    static Budget alarm(TimeoutPlan plan) {
        return plan.row(Phase.CONNECT).mechanism() == Mechanism.ALARM ? plan.budget(Phase.CONNECT) : Budget.UNLIMITED;
    }

    private static SocketChannel connect(DaemonSource source, String host, String port, HttpConnectProxy proxy,
                                         RsyncSettings settings, TimeoutPlan plan, PrintStream out, PrintStream err)
            throws RsyncError, IOException {
        List<InetAddress> addresses;
        int portNumber;
        try {
            // getaddrinfo() reads the service before the name
            portNumber = service(port);
            addresses = Resolver.system().resolve(host, settings.family, false, Deadline.NONE);
        } catch (ResolveException e) {
            err.println("rsync: getaddrinfo: " + host + " " + port + ": " + e.error().text());
            throw RsyncError.socketIo();
        }
        int contimeout = settings.contimeout;
        Budget alarm = alarm(plan);
        List<String> failures = new ArrayList<>();
        for (InetAddress address : addresses) {
            SocketChannel channel = SocketChannel.open(
                    address instanceof java.net.Inet6Address ? java.net.StandardProtocolFamily.INET6
                            : java.net.StandardProtocolFamily.INET);
            ConnectOutcome outcome;
            // alarm(contimeout) per address, as socket.c arms it; whole seconds, counted from this connect()
            try (PhaseTimer timer = PhaseTimer.enter(alarm)) {
                outcome = ConnectPhase.connect(channel, new InetSocketAddress(address, portNumber), timer.deadline());
            }
            if (outcome.connected()) {
                // the CONNECT exchange runs after alarm(0): no timer bounds it, as in rsync
                if (proxy != null && !proxy.establish(channel, source.host(), source.port(), err)) {
                    channel.close();
                    continue;
                }
                if (settings.verbose >= 3) {
                    out.println("Connected to " + host + " (" + AddressText.of(address) + ")");
                }
                return channel;
            }
            channel.close();
            // the SIGALRM handler sets connect_timeout to -1; so does --contimeout=-1, which ends the
            // run at the first failed connect
            if (outcome.kind() == ConnectOutcome.Kind.TIMED_OUT || contimeout < 0) {
                throw RsyncError.contimeout();
            }
            failures.add("rsync: [Receiver] failed to connect to " + host + " (" + AddressText.of(address)
                    + "): " + outcome.errno().text() + " (" + outcome.errno().number() + ")");
        }
        for (String failure : failures) {
            err.println(failure);
        }
        throw RsyncError.socketIo();
    }

    /** A loop, not a stream: a stream's first use costs a cold JVM some 20 classes and a lambda's linkage. */
    private static boolean allDigits(String port) {
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return !port.isEmpty();
    }

    /** getaddrinfo()'s service: all digits (strtoul, the low 16 bits), else a tcp name in /etc/services. */
    private static int service(String port) throws ResolveException {
        if (allDigits(port)) {
            return (int) (Long.parseUnsignedLong(port.length() > 18 ? "65535" : port) & 0xffff);
        }
        int named = ServiceNames.system().portOf(port, "tcp");
        if (named < 0) {
            throw new ResolveException(GaiError.EAI_SERVICE);
        }
        return named;
    }
}
