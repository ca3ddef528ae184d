package jtwins.common.resolver;

import java.net.InetAddress;
import java.util.List;

/** What getaddrinfo() hands back: the addresses in its order, and ai_canonname (AI_CANONNAME). */
public record Resolution(List<InetAddress> addresses, String canonicalName) {
}
