package jtwins.common.resolver;

import java.net.InetAddress;
import java.util.List;
import jtwins.common.Deadline;

/**
 * Debian's default "hosts: files dns": address literals without any lookup, then /etc/hosts, then DNS.
 * DNS classes load only when a name gets that far, so literals and hosts entries cost no start-up.
 */
final class HostsThenDnsResolver implements Resolver {
    private final HostsFile hosts;
    private final DnsTrace trace;

    HostsThenDnsResolver(HostsFile hosts, DnsTrace trace) {
        this.hosts = hosts;
        this.trace = trace;
    }

    @Override
    public Resolution lookup(String host, AddressFamily family, boolean numericOnly, Deadline deadline)
            throws ResolveException {
        InetAddress literal = NumericAddress.parse(host);
        if (literal != null) {
            if (!family.admits(literal)) {
                throw new ResolveException(GaiError.EAI_ADDRFAMILY);
            }
            return new Resolution(List.of(literal), host);
        }
        if (numericOnly) {
            throw new ResolveException(GaiError.EAI_NONAME);
        }
        List<InetAddress> fromHosts = hosts.lookup(host, family);
        if (!fromHosts.isEmpty()) {
            return new Resolution(AddressOrder.sort(fromHosts), hosts.canonicalName(host));
        }
        Resolution fromDns = DnsLookup.lookup(host, family, deadline, trace);
        return new Resolution(AddressOrder.sort(fromDns.addresses()), fromDns.canonicalName());
    }
}
