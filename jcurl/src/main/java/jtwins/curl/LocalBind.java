package jtwins.curl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;

/**
 * --interface (cf-socket.c bindlocal()): "if!NAME" an interface, "host!NAME" a host name or
 * address, otherwise an interface by that name if there is one, else a host; the connection's own
 * family's address of it is bound before connect(). None is "Couldn't bind to 'NAME'", 45.
 */
final class LocalBind {
    private LocalBind() {
    }

    static InetAddress address(String dev, boolean ipv6) throws TransferFailed {
        boolean interfaceOnly = dev.startsWith("if!");
        boolean hostOnly = dev.startsWith("host!");
        String name = interfaceOnly ? dev.substring(3) : hostOnly ? dev.substring(5) : dev;
        if (!hostOnly) {
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
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(name)) {
                if (ipv6 ? a instanceof Inet6Address : a instanceof Inet4Address) {
                    return a;
                }
            }
        } catch (UnknownHostException e) {
            // no such host either
        }
        throw new TransferFailed(CurlCode.INTERFACE_FAILED, "Couldn't bind to '" + dev + "'");
    }
}
