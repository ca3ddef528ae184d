package jtwins.common.resolver;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** getaddrinfo's ai_family hint. */
public enum AddressFamily {
    UNSPEC, INET, INET6;

    public boolean admits(InetAddress address) {
        return switch (this) {
            case UNSPEC -> true;
            case INET -> address instanceof Inet4Address;
            case INET6 -> address instanceof Inet6Address;
        };
    }
}
