package jtwins.wget;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jtwins.common.Budget;
import jtwins.common.Errno;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.TimeoutPlan;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.AddressText;
import jtwins.common.resolver.NumericAddress;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;

/**
 * host.c's lookup_host: address literals need no lookup and print nothing; names are looked up once
 * per run (the DNS cache, so a retry prints no second "Resolving" line), bounded by --dns-timeout.
 */
final class HostLookup {
    /** The lookup failed; the "failed: ..." line has been logged. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed() {
            super(null, null, false, false);
        }
    }

    /**
     * host.c's struct address_list: the addresses and a reference count; --debug follows each
     * release, and the list's address, as wget prints them.
     */
    static final class AddressList {
        final List<InetAddress> addresses;
        final HeapAddress at = new HeapAddress();
        int refcount = 1;

        AddressList(List<InetAddress> addresses) {
            this.addresses = addresses;
        }
    }

    private final Resolver resolver = Resolver.system();
    private final Map<String, AddressList> cache = new HashMap<>();
    private final WgetLog log;
    private final AddressFamily family;
    private final Budget dnsTimeout;
    private final boolean useCache;
    private final boolean iri;

    HostLookup(WgetLog log, AddressFamily family, TimeoutPlan plan, boolean useCache, boolean iri) {
        this.log = log;
        this.family = family;
        this.dnsTimeout = alarm(plan);
        this.useCache = useCache;
        this.iri = iri;
    }

    /** run_with_timeout()'s alarm around getaddrinfo(): the plan's, none when resolv.conf's schedule is the bound. */
    static Budget alarm(TimeoutPlan plan) {
        return plan.row(Phase.RESOLVE).mechanism() == Mechanism.SETITIMER ? plan.budget(Phase.RESOLVE) : Budget.UNLIMITED;
    }

    AddressList lookup(String host, boolean silent) throws Failed {
        InetAddress literal = NumericAddress.parse(host);
        if (literal != null) {
            return new AddressList(List.of(literal));
        }
        AddressList cached = useCache ? cache.get(host.toLowerCase(java.util.Locale.ROOT)) : null;
        if (cached != null) {
            // cache_query()
            log.debug("Found " + host + " in host_name_addresses_map (" + cached.at.plain() + ")\n");
            cached.refcount++;
            return cached;
        }
        if (!silent) {
            // lookup_host(): with IRI on, idn_decode()'s name (the host itself in 1.21.3) and the host; all escaped
            log.verbose("Resolving " + Quote.bytes(iri ? host + " (" + host + ")" : host) + "... ");
        }
        // run_with_timeout(opt.dns_timeout, getaddrinfo): setitimer(ITIMER_REAL) and SIGALRM around the
        // lookup; 0 arms nothing and the resolver's own schedule (resolv.conf) ends it
        List<InetAddress> addresses;
        try (PhaseTimer alarm = PhaseTimer.enter(dnsTimeout)) {
            addresses = resolver.resolve(host, family, false, alarm.deadline());
        } catch (ResolveException e) {
            if (!silent) {
                // the alarm makes getaddrinfo_with_timeout return EAI_SYSTEM with errno ETIMEDOUT
                String why = e.endedByCallerDeadline() ? Errno.ETIMEDOUT.text() : e.error().text();
                log.verbose("failed: " + why + ".\n");
            }
            throw new Failed();
        }
        if (!silent) {
            int printMax = Math.min(3, addresses.size());
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < printMax; i++) {
                line.append(i > 0 ? ", " : "").append(AddressText.of(addresses.get(i)));
            }
            if (printMax != addresses.size()) {
                line.append(", ...");
            }
            log.verbose(line + "\n");
        }
        AddressList al = new AddressList(addresses);
        if (useCache) {
            // cache_store()
            al.refcount++;
            cache.put(host.toLowerCase(java.util.Locale.ROOT), al);
            StringBuilder line = new StringBuilder("Caching " + host + " =>");
            for (InetAddress a : addresses) {
                line.append(' ').append(AddressText.of(a));
            }
            log.debug(line + "\n");
        }
        return al;
    }

    /** address_list_release(): one user fewer; a list nobody holds (not cached) is freed. */
    void release(AddressList al) {
        al.refcount--;
        log.debug("Releasing " + al.at.padded() + " (new refcount " + al.refcount + ").\n");
        if (al.refcount <= 0) {
            log.debug("Deleting unused " + al.at.padded() + ".\n");
        }
    }
}
