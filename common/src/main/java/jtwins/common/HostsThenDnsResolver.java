package jtwins.common;

import java.net.InetAddress;
import java.util.List;

/**
 * Debian's default "hosts: files dns": address literals without any lookup, then /etc/hosts, then DNS.
 * DNS classes load only when a name gets that far, so literals and hosts entries cost no start-up.
 */
final class HostsThenDnsResolver implements Resolver {
    private final HostsFile hosts;

    HostsThenDnsResolver(HostsFile hosts) {
        this.hosts = hosts;
    }

    @Override
    public List<InetAddress> resolve(String host, AddressFamily family, boolean numericOnly, Deadline deadline)
            throws ResolveException {
        InetAddress literal = NumericAddress.parse(host);
        if (literal != null) {
            if (!family.admits(literal)) {
                throw new ResolveException(GaiError.EAI_ADDRFAMILY);
            }
            return List.of(literal);
        }
        if (numericOnly) {
            throw new ResolveException(GaiError.EAI_NONAME);
        }
        List<InetAddress> fromHosts = hosts.lookup(host, family);
        if (!fromHosts.isEmpty()) {
            return AddressOrder.sort(fromHosts);
        }
        return AddressOrder.sort(DnsLookup.lookup(host, family, deadline));
    }
}
