package jtwins.rsync;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.AddressFamily;
import jtwins.common.AddressText;
import jtwins.common.ConnectOutcome;
import jtwins.common.ConnectPhase;
import jtwins.common.Deadline;
import jtwins.common.ResolveException;
import jtwins.common.Resolver;
import jtwins.common.StartupDebt;

/**
 * open_socket_out() in socket.c: getaddrinfo() without a bound, then each address in turn (3.5.0
 * polls a non-blocking connect() every 100 ms, 3.2.7 blocked in it: the same to see); --contimeout
 * arms alarm() around each one, and the alarm ends the whole run with code 35 at once, whatever
 * addresses are left. Failed addresses are reported together at the end.
 */
final class DaemonConnect {
    private DaemonConnect() {
    }

    static SocketChannel open(DaemonSource source, AddressFamily family, int contimeout, PrintStream err)
            throws RsyncError, IOException {
        List<InetAddress> addresses;
        try {
            addresses = Resolver.system().resolve(source.host(), family, false, Deadline.NONE);
        } catch (ResolveException e) {
            err.println("rsync: getaddrinfo: " + source.host() + " " + source.port() + ": " + e.error().text());
            throw RsyncError.socketIo();
        }
        List<String> failures = new ArrayList<>();
        for (InetAddress address : addresses) {
            SocketChannel channel = SocketChannel.open(
                    address instanceof java.net.Inet6Address ? java.net.StandardProtocolFamily.INET6
                            : java.net.StandardProtocolFamily.INET);
            // alarm(contimeout) per address, as socket.c arms it; whole seconds, counted from this connect()
            long nanos = contimeout * 1_000_000_000L;
            Deadline alarm = contimeout > 0 ? Deadline.afterNanos(StartupDebt.shorten(nanos)) : Deadline.NONE;
            ConnectOutcome outcome = ConnectPhase.connect(channel, new InetSocketAddress(address, source.port()), alarm);
            if (outcome.connected()) {
                return channel;
            }
            channel.close();
            // the SIGALRM handler sets connect_timeout to -1; so does --contimeout=-1, which ends the
            // run at the first failed connect
            if (outcome.kind() == ConnectOutcome.Kind.TIMED_OUT || contimeout < 0) {
                StartupDebt.fired(nanos);
                throw RsyncError.contimeout();
            }
            failures.add("rsync: [Receiver] failed to connect to " + source.host() + " (" + AddressText.of(address)
                    + "): " + outcome.errno().text() + " (" + outcome.errno().number() + ")");
        }
        failures.forEach(err::println);
        throw RsyncError.socketIo();
    }
}
