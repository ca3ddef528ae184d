package jtwins.common.resolver;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * getaddrinfo()'s destination ordering (RFC 6724, glibc's default gai.conf), reduced to the rules
 * that decide on a Linux host: usable destinations first, then higher precedence. glibc learns
 * usability by connect()ing a UDP socket to each destination, which sends nothing; so does this.
 */
final class AddressOrder {
    private AddressOrder() {
    }

    static List<InetAddress> sort(List<InetAddress> addresses) {
        if (addresses.size() < 2) {
            return addresses;
        }
        List<InetAddress> sorted = new ArrayList<>(addresses);
        List<Boolean> usable = new ArrayList<>();
        for (InetAddress a : addresses) {
            usable.add(usable(a));
        }
        sorted.sort(Comparator.<InetAddress>comparingInt(a -> usable.get(addresses.indexOf(a)) ? 0 : 1)
                .thenComparingInt(a -> -precedence(a)));
        return sorted;
    }

    private static boolean usable(InetAddress address) {
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.connect(new InetSocketAddress(address, 9));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The precedence column of RFC 6724's default policy table. */
    private static int precedence(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return 35; // ::ffff:0:0/96
        }
        byte[] b = address.getAddress();
        if (address.isLoopbackAddress()) {
            return 50;
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return 30;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return 3;
        }
        return 40;
    }
}
