package jtwins.wget;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jtwins.common.AddressFamily;
import jtwins.common.AddressText;
import jtwins.common.Deadline;
import jtwins.common.Errno;
import jtwins.common.NumericAddress;
import jtwins.common.ResolveException;
import jtwins.common.Resolver;
import jtwins.common.StartupDebt;

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

    private final Resolver resolver = Resolver.system();
    private final Map<String, List<InetAddress>> cache = new HashMap<>();
    private final WgetLog log;
    private final AddressFamily family;
    private final double dnsTimeout;
    private final boolean useCache;

    HostLookup(WgetLog log, AddressFamily family, double dnsTimeout, boolean useCache) {
        this.log = log;
        this.family = family;
        this.dnsTimeout = dnsTimeout;
        this.useCache = useCache;
    }

    List<InetAddress> lookup(String host, boolean silent) throws Failed {
        InetAddress literal = NumericAddress.parse(host);
        if (literal != null) {
            return List.of(literal);
        }
        if (useCache && cache.containsKey(host)) {
            return cache.get(host);
        }
        if (!silent) {
            log.verbose("Resolving " + host + " (" + host + ")... ");
        }
        // run_with_timeout(opt.dns_timeout, getaddrinfo): setitimer(ITIMER_REAL) and SIGALRM around the
        // lookup; 0 arms nothing and the resolver's own schedule (resolv.conf) ends it
        long timer = (long) (dnsTimeout * 1e9);
        Deadline deadline = dnsTimeout > 0 ? Deadline.after(Duration.ofNanos(StartupDebt.shorten(timer))) : Deadline.NONE;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host, family, false, deadline);
        } catch (ResolveException e) {
            if (e.endedByCallerDeadline()) {
                StartupDebt.fired(timer);
            }
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
        if (useCache) {
            cache.put(host, addresses);
        }
        return addresses;
    }
}
