package jtwins.nc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import jtwins.common.Deadline;
import jtwins.common.Diagnostics;
import jtwins.common.Errno;
import jtwins.common.Failure;
import jtwins.common.TimeoutPlan;
import jtwins.common.process.SelectableStdin;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.NameInfo;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;
import jtwins.common.resolver.ServiceNames;

/** nc -l: bind, listen, accept with no timeout at all (-w has no effect on -l), then readwrite(). */
final class NcListener {
    /** A UDP datagram's largest payload, and then some. */
    private static final int MAX_DATAGRAM = 65536;

    private final NcSettings settings;
    private final NcOptions options;
    private final TimeoutPlan plan;
    private final Diagnostics diagnostics;
    private final Resolver resolver;
    private final ServiceNames services;

    NcListener(NcSettings settings, NcOptions options, TimeoutPlan plan, Diagnostics diagnostics, Resolver resolver,
               ServiceNames services) {
        this.settings = settings;
        this.options = options;
        this.plan = plan;
        this.diagnostics = diagnostics;
        this.resolver = resolver;
        this.services = services;
    }

    int run(String host, String port) throws IOException {
        if (settings.unixSocket && options.udp) {
            return new NcUnixDatagram(settings, options, plan, diagnostics).listen(host);
        }
        SelectableStdin stdin = options.detach ? null : SelectableStdin.start();
        if (settings.unixSocket) {
            return new NcUnixStream(settings, options, plan, diagnostics).listen(host, stdin);
        }
        NetworkChannel listener = localListen(host, port);
        if (!options.udp) {
            return acceptLoop((ServerSocketChannel) listener, stdin,
                    c -> report("Connection received", (InetSocketAddress) c.getRemoteAddress()));
        }
        DatagramChannel d = (DatagramChannel) listener;
        do {
            if (!options.keep) {
                // recvfrom(MSG_PEEK) to learn the caller, then connect() to talk to it alone. The JDK
                // cannot peek, so the datagram is taken whole (room for the largest) and handed to
                // readwrite(), which reads it as nc's read(2) then would
                ByteBuffer peek = ByteBuffer.allocate(MAX_DATAGRAM);
                SocketAddress peer = d.receive(peek);
                d.connect(peer);
                if (options.verbose) {
                    report("Connection received", (InetSocketAddress) peer);
                }
                new ReadWriteLoop(settings, options, plan, stdin).run(ChannelNetEnd.withPending(d, peek.flip()));
            } else {
                new ReadWriteLoop(settings, options, plan, stdin).run(d);
            }
        } while (options.keep);
        d.close();
        return 0;
    }

    /** What -v says when a connection is accepted. */
    private interface Announce {
        void connected(SocketChannel connection) throws IOException;
    }

    /** accept() with no timeout, readwrite(), and again with -k. */
    private int acceptLoop(ServerSocketChannel server, SelectableStdin stdin, Announce announce) throws IOException {
        do {
            SocketChannel connection = server.accept();
            if (options.verbose) {
                announce.connected(connection);
            }
            new ReadWriteLoop(settings, options, plan, stdin).run(connection);
            connection.close();
        } while (options.keep);
        server.close();
        return 0;
    }

    private NetworkChannel localListen(String host, String port) throws IOException {
        // with no address and no -4/-6, nc binds the IPv4 wildcard
        AddressFamily family = host == null && settings.family == AddressFamily.UNSPEC
                ? AddressFamily.INET : settings.family;
        int portNumber = ServicePort.parse(port, options.udp, services);
        InetAddress address;
        if (host == null) {
            address = InetAddress.getByName(family == AddressFamily.INET6 ? "::" : "0.0.0.0");
        } else {
            try {
                List<InetAddress> found = resolver.resolve(host, family, options.numeric, Deadline.NONE);
                address = found.get(0);
            } catch (ResolveException e) {
                throw Failure.errx(1, "getaddrinfo: " + e.error().text());
            }
        }
        StandardProtocolFamily pf = address instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        NetworkChannel channel = options.udp ? DatagramChannel.open(pf) : ServerSocketChannel.open(pf);
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.setOption(StandardSocketOptions.SO_REUSEPORT, true);
        CommonSockopts.apply(channel, pf == StandardProtocolFamily.INET6, new InetSocketAddress(address, portNumber),
                settings, options);
        try {
            if (channel instanceof ServerSocketChannel server) {
                server.bind(new InetSocketAddress(address, portNumber), 1);
            } else {
                channel.bind(new InetSocketAddress(address, portNumber));
            }
        } catch (IOException e) {
            // local_listen() returns -1 and main() says err(1, NULL)
            throw Failure.err(1, Errno.of(e), null);
        }
        if (options.verbose) {
            report(options.udp ? "Bound" : "Listening", (InetSocketAddress) channel.getLocalAddress());
        }
        return channel;
    }

    /** report_sock(): "<msg> on <host> <port>", the host through getnameinfo() unless -n. */
    private void report(String message, InetSocketAddress where) {
        String host;
        try {
            host = NameInfo.hostOf(where.getAddress(), options.numeric);
        } catch (ResolveException e) {
            diagnostics.warnx("getnameinfo: " + e.error().text());
            return;
        }
        diagnostics.line(message + " on " + host + " " + where.getPort());
    }
}
