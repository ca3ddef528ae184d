package jtwins.curl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.NetworkChannel;
import java.util.Collections;
import jtwins.common.Errno;
import jtwins.common.resolver.AddressText;

/**
 * --interface and --local-port (cf-socket.c bindlocal()): "if!NAME" an interface, "host!NAME" a
 * host name or address, otherwise an interface by that name if there is one, else a host; the
 * connection's own family's address of it is bound before connect(), at the port asked for. None
 * is "Couldn't bind to 'NAME'", 45.
 */
final class LocalBind {
    private LocalBind() {
    }

    /**
     * bindlocal(), called when --interface or a --local-port is given. An interface is bound as
     * SO_BINDTODEVICE binds it (here: its address, any port), which ends bindlocal() before the
     * port is looked at; otherwise the address (the wildcard without --interface) with the port,
     * then each next port of the range, until one binds.
     */
    static void bind(NetworkChannel channel, CurlConfig config, boolean ipv6, DebugTrace verbose)
            throws IOException, TransferFailed {
        String dev = config.localInterface;
        InetAddress address = null;
        if (dev != null) {
            address = interfaceAddress(dev, ipv6);
            if (address != null) {
                bindOnce(channel, new InetSocketAddress(address, 0));
                return;
            }
            address = hostAddress(dev, ipv6, verbose);
        }
        int port = config.localPort.port();
        int left = config.localPort.range();
        while (true) {
            try {
                channel.bind(new InetSocketAddress(address, port));
                verbose.info("Local port: " + port);
                return;
            } catch (IOException e) {
                if (--left > 0 && port < 65535) {
                    port++;
                    verbose.info("Bind to local port " + (port - 1) + " failed, trying next");
                    continue;
                }
                throw bindFailed(e);
            }
        }
    }

    private static void bindOnce(NetworkChannel channel, InetSocketAddress at) throws TransferFailed {
        try {
            channel.bind(at);
        } catch (IOException e) {
            throw bindFailed(e);
        }
    }

    private static TransferFailed bindFailed(IOException e) {
        Errno errno = Errno.of(e);
        return new TransferFailed(CurlCode.INTERFACE_FAILED, "bind failed with errno " + errno.number() + ": "
                + errno.text(), errno);
    }

    /** Whether bindlocal() runs for a new socket: --interface, or a --local-port other than 0. */
    static boolean asked(CurlConfig config) {
        return config.localInterface != null || config.localPort.port() > 0;
    }

    /**
     * The family's address of the interface --interface names ("if!NAME", or a NAME that is an
     * interface); null when it names a host instead.
     */
    private static InetAddress interfaceAddress(String dev, boolean ipv6) throws TransferFailed {
        boolean interfaceOnly = dev.startsWith("if!");
        if (dev.startsWith("host!")) {
            return null;
        }
        String name = interfaceOnly ? dev.substring(3) : dev;
        try {
            NetworkInterface nif = NetworkInterface.getByName(name);
            if (nif != null) {
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (ipv6 ? a instanceof Inet6Address : a instanceof Inet4Address) {
                        return a;
                    }
                }
                throw new TransferFailed(CurlCode.INTERFACE_FAILED, "Couldn't bind to interface '" + name + "'");
            }
        } catch (SocketException e) {
            // not an interface here
        }
        if (interfaceOnly) {
            throw new TransferFailed(CurlCode.INTERFACE_FAILED, "Couldn't bind to interface '" + name + "'");
        }
        return null;
    }

    /** The family's address of the host --interface names ("host!NAME", or a NAME no interface has). */
    private static InetAddress hostAddress(String dev, boolean ipv6, DebugTrace verbose) throws TransferFailed {
        String name = dev.startsWith("host!") ? dev.substring(5) : dev;
        try {
            for (InetAddress a : InetAddress.getAllByName(name)) {
                if (ipv6 ? a instanceof Inet6Address : a instanceof Inet4Address) {
                    int family = ipv6 ? AF_INET6 : AF_INET;
                    verbose.info("Name '" + name + "' family " + family + " resolved to '" + AddressText.of(a)
                            + "' family " + family);
                    return a;
                }
            }
        } catch (UnknownHostException e) {
            // resolve_server()'s failf, which the one below overwrites in the error buffer
            verbose.info("Could not resolve host: " + name);
        }
        throw new TransferFailed(CurlCode.INTERFACE_FAILED, "Couldn't bind to '" + dev + "'");
    }

    /** The address families bindlocal() names in its -v line, as Linux numbers them. */
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
}
