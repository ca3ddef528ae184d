package jtwins.common.resolver;

import java.net.InetAddress;

/**
 * getnameinfo(3) for an address: the numeric form with NI_NUMERICHOST, else /etc/hosts, else a DNS
 * PTR query; a name that does not exist gives the numeric form, a failed query EAI_AGAIN.
 */
public final class NameInfo {
    private NameInfo() {
    }

    public static String hostOf(InetAddress address, boolean numeric) throws ResolveException {
        String literal = address.getHostAddress();
        if (numeric) {
            return literal;
        }
        String fromHosts = HostsFile.system().nameOf(address);
        if (fromHosts != null) {
            return fromHosts;
        }
        String fromDns = DnsLookup.reverse(address);
        return fromDns == null ? literal : fromDns;
    }
}
