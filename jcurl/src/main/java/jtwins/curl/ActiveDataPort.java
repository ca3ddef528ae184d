package jtwins.curl;

import java.io.Closeable;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Enumeration;
import java.util.List;
import jtwins.common.Errno;
import jtwins.common.resolver.AddressText;

/**
 * The listening end of an active-mode data connection, as ftp.c's ftp_state_use_port() makes it
 * (steps 2 to 4): the address -P names (an interface's, a host's, or the control connection's own),
 * a socket bound to the first free port of the range and listening with a backlog of one.
 */
final class ActiveDataPort implements Closeable {
    /**
     * cf-socket.c's set_remote_ip() on a listening or accepted socket: the filter's peer address is
     * still zeroed, so inet_ntop() fails, a failf() that -v shows and that fills the error buffer, which
     * keeps it: whatever ends the transfer afterwards, curl reports these words.
     */
    static final String NO_PEER_ADDRESS = "sa_addr inet_ntop() failed with errno 97: Address family not supported by protocol";

    private final ServerSocketChannel listener;
    /** Curl_printable_address() of the address asked for (not the one bound, after a non-local fallback). */
    private final String printable;

    private ActiveDataPort(ServerSocketChannel listener, String printable) {
        this.listener = listener;
        this.printable = printable;
    }

    /**
     * The listening socket for -P's spec. controlLocal is the control connection's own end, the
     * default address and the fallback for one that is not this host's; remote is the server's
     * address, whose family and IPv6 scope an interface's address must share.
     */
    static ActiveDataPort open(PortSpec spec, InetAddress controlLocal, InetAddress remote, Lookup lookup,
                               DebugTrace verbose) throws IOException, TransferFailed {
        String host = null;
        boolean possiblyNonLocal = true;
        if (!spec.address().isEmpty()) {
            host = interfaceAddress(spec.address(), remote);
            if (host == null) {
                host = spec.address();
            }
        }
        if (host == null) {
            host = AddressText.of(controlLocal);
            possiblyNonLocal = false;
        }
        List<InetAddress> found = lookup.addresses(host);
        InetAddress chosen = found.get(0);
        ServerSocketChannel channel = ServerSocketChannel.open(family(chosen));
        boolean bound = false;
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, false);
            InetAddress bindTo = chosen;
            int port = spec.portMin();
            while (port <= spec.portMax()) {
                try {
                    channel.bind(new InetSocketAddress(bindTo, port), 1);
                    bound = true;
                    break;
                } catch (IOException e) {
                    Errno errno = Errno.of(e);
                    if (possiblyNonLocal && errno == Errno.EADDRNOTAVAIL) {
                        verbose.info("bind(port=" + port + ") on non-local address failed: " + errno.text());
                        bindTo = controlLocal;
                        port = spec.portMin();
                        possiblyNonLocal = false;
                        continue;
                    }
                    if (errno != Errno.EADDRINUSE && errno != Errno.EACCES) {
                        throw new TransferFailed(CurlCode.FTP_PORT_FAILED, "bind(port=" + port + ") failed: " + errno.text());
                    }
                }
                // an unsigned short: past 65535 comes 0, any free port
                port = (port + 1) & 0xffff;
            }
            if (!bound) {
                throw new TransferFailed(CurlCode.FTP_PORT_FAILED, "bind() failed, we ran out of ports");
            }
            return new ActiveDataPort(channel, AddressText.of(chosen));
        } finally {
            if (!bound) {
                channel.close();
            }
        }
    }

    /** Curl_resolv() of the address -P gives (the DNS cache, then the resolver); its failure is the caller's to say. */
    interface Lookup {
        List<InetAddress> addresses(String host) throws IOException, TransferFailed;
    }

    /**
     * if2ip.c Curl_if2ip(): the first address of the remote's family on the interface of that name
     * (any case), an IPv6 one only of the remote's scope; null when no interface has the name. An
     * interface with none of the family is IF2IP_AF_NOT_SUPPORTED: PORT fails without a word of its own.
     */
    private static String interfaceAddress(String name, InetAddress remote) throws TransferFailed, SocketException {
        Enumeration<NetworkInterface> all = NetworkInterface.getNetworkInterfaces();
        boolean named = false;
        while (all != null && all.hasMoreElements()) {
            NetworkInterface nic = all.nextElement();
            if (!nic.getName().equalsIgnoreCase(name)) {
                continue;
            }
            named = true;
            Enumeration<InetAddress> addresses = nic.getInetAddresses();
            while (addresses.hasMoreElements()) {
                InetAddress a = addresses.nextElement();
                if (a instanceof Inet4Address && remote instanceof Inet4Address) {
                    return a.getHostAddress();
                }
                if (a instanceof Inet6Address six && remote instanceof Inet6Address && scope(six) == scope((Inet6Address) remote)) {
                    String text = AddressText.of(six);
                    return six.getScopeId() != 0 ? text + "%" + six.getScopeId() : text;
                }
            }
        }
        if (named) {
            throw TransferFailed.withoutFailf(CurlCode.FTP_PORT_FAILED);
        }
        return null;
    }

    /** Curl_ipv6_scope(): loopback, link-local, site-local, unique-local or global. */
    private static int scope(Inet6Address a) {
        byte[] b = a.getAddress();
        if (a.isLoopbackAddress()) {
            return 4;
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return 1;
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return 2;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return 3;
        }
        return 0;
    }

    private static ProtocolFamily family(InetAddress a) {
        return a instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    boolean ipv6() {
        return listener.socket().getInetAddress() instanceof Inet6Address;
    }

    int port() {
        return listener.socket().getLocalPort();
    }

    /** EPRT's argument, RFC 2428: |1|a.b.c.d|port| or |2|v6|port|. */
    String eprt() {
        return "|" + (ipv6() ? 2 : 1) + "|" + printable + "|" + port() + "|";
    }

    /** PORT's argument, RFC 959: the address's dots as commas, then the port's two bytes. */
    String port959() {
        return printable.replace('.', ',') + "," + (port() >> 8) + "," + (port() & 0xff);
    }

    /** Registers the listener with the selector for the server's connect. */
    SelectionKey register(Selector selector) throws IOException {
        listener.configureBlocking(false);
        return listener.register(selector, SelectionKey.OP_ACCEPT);
    }

    /** accept() of the connect the selector saw; null when it has gone again. */
    SocketChannel accept() throws IOException {
        SocketChannel s = listener.accept();
        if (s != null) {
            s.configureBlocking(false);
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
