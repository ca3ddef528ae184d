package jtwins.common.resolver;

import java.net.InetAddress;
import java.util.List;
import jtwins.common.Deadline;

/** Name to addresses, as getaddrinfo() does it: the one lookup every twin uses. */
public interface Resolver {
    /**
     * @param numericOnly AI_NUMERICHOST: a name that is not an address literal fails with EAI_NONAME
     * @param deadline    the caller's own bound on top of the resolver's schedule
     */
    Resolution lookup(String host, AddressFamily family, boolean numericOnly, Deadline deadline)
            throws ResolveException;

    /** The addresses alone, for the twins that need no canonical name. */
    default List<InetAddress> resolve(String host, AddressFamily family, boolean numericOnly, Deadline deadline)
            throws ResolveException {
        return lookup(host, family, numericOnly, deadline).addresses();
    }

    /** The resolver the twins use. */
    static Resolver system() {
        return new HostsThenDnsResolver(HostsFile.system(), DnsTrace.ofRun());
    }

    /** The same resolver, reporting each DNS query as it is sent and as it ends. */
    static Resolver tracing(DnsTrace trace) {
        return new HostsThenDnsResolver(HostsFile.system(), trace);
    }
}
