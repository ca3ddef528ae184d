package jtwins.common;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Record;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.ReverseMap;

/**
 * The DNS step of a lookup, on dnsjava with resolv.conf's servers and search list. A plain lookup:
 * the glibc-faithful schedule (per-try timeouts, attempts, rotate) is the resolver issue's work.
 */
final class DnsLookup {
    private DnsLookup() {
    }

    static List<InetAddress> lookup(String host, AddressFamily family, Deadline deadline) throws ResolveException {
        ExtendedResolver resolver;
        try {
            resolver = new ExtendedResolver();
        } catch (RuntimeException e) {
            throw new ResolveException(GaiError.EAI_AGAIN);
        }
        ResolverConfig config = ResolverConfig.getCurrentConfig();
        // glibc's defaults: 5 s per try, 2 attempts
        Duration perTry = Duration.ofSeconds(5);
        if (!deadline.isNone()) {
            long left = Math.max(1, deadline.remainingMillisCeil());
            perTry = Duration.ofMillis(Math.min(perTry.toMillis(), left));
        }
        resolver.setTimeout(perTry);
        resolver.setRetries(2);
        List<InetAddress> found = new ArrayList<>();
        boolean anyTryAgain = false;
        boolean anyNoData = false;
        int[] types = switch (family) {
            case INET -> new int[] {Type.A};
            case INET6 -> new int[] {Type.AAAA};
            case UNSPEC -> new int[] {Type.A, Type.AAAA};
        };
        for (int type : types) {
            Lookup lookup;
            try {
                lookup = new Lookup(host, type);
            } catch (TextParseException e) {
                throw new ResolveException(GaiError.EAI_NONAME);
            }
            lookup.setResolver(resolver);
            lookup.setSearchPath(config.searchPath());
            lookup.setNdots(config.ndots());
            lookup.setCache(null);
            Record[] records = lookup.run();
            switch (lookup.getResult()) {
                case Lookup.SUCCESSFUL -> {
                    for (Record r : records) {
                        if (r instanceof ARecord a) {
                            found.add(a.getAddress());
                        } else if (r instanceof AAAARecord aaaa) {
                            found.add(aaaa.getAddress());
                        }
                    }
                }
                case Lookup.TYPE_NOT_FOUND -> anyNoData = true;
                case Lookup.TRY_AGAIN, Lookup.UNRECOVERABLE -> anyTryAgain = true;
                default -> { }
            }
            if (deadline.expired()) {
                throw new ResolveException(GaiError.EAI_AGAIN, true);
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        if (anyTryAgain) {
            throw new ResolveException(GaiError.EAI_AGAIN);
        }
        if (anyNoData) {
            throw new ResolveException(GaiError.EAI_NODATA);
        }
        throw new ResolveException(GaiError.EAI_NONAME);
    }

    /** The PTR name of an address without its final dot, null when none exists. */
    static String reverse(InetAddress address) throws ResolveException {
        Lookup lookup = new Lookup(ReverseMap.fromAddress(address), Type.PTR);
        ExtendedResolver resolver;
        try {
            resolver = new ExtendedResolver();
        } catch (RuntimeException e) {
            throw new ResolveException(GaiError.EAI_AGAIN);
        }
        resolver.setTimeout(Duration.ofSeconds(5));
        resolver.setRetries(2);
        lookup.setResolver(resolver);
        lookup.setCache(null);
        Record[] records = lookup.run();
        switch (lookup.getResult()) {
            case Lookup.SUCCESSFUL -> {
                String name = ((PTRRecord) records[0]).getTarget().toString();
                return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            }
            case Lookup.HOST_NOT_FOUND, Lookup.TYPE_NOT_FOUND -> {
                return null;
            }
            default -> throw new ResolveException(GaiError.EAI_AGAIN);
        }
    }
}
