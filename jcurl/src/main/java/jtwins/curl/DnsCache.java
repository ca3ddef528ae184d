package jtwins.curl;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.NumericAddress;

/**
 * The DNS cache the curl tool's share handle gives every transfer (lib/hostip.c): "host:port" to
 * addresses, an entry from a lookup kept 60 s (CURLOPT_DNS_CACHE_TIMEOUT's default), one from
 * --resolve for good ("+host" for 60 s), each use of an entry said in -v.
 */
final class DnsCache {
    /** DEFAULT_DNS_CACHE_TIMEOUT. */
    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private record Entry(List<InetAddress> addresses, long stamp, boolean permanent) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private boolean wildcard;

    /**
     * Curl_loadhostpairs() as a transfer starts: "[+]host:port:addr[,addr]..." (addresses numeric,
     * IPv6 ones in brackets allowed) replaces what the cache holds for host:port, "-host:port"
     * removes it; anything else is 49, after the entries before it are in.
     */
    synchronized void load(List<String> resolve, DebugTrace verbose) throws TransferFailed {
        wildcard = false;
        for (String entry : resolve) {
            if (entry.startsWith("-")) {
                int colon = entry.indexOf(':');
                if (colon > 1 && entry.substring(colon + 1).matches("-?\\d+.*")) {
                    entries.remove(id(entry.substring(1, colon), leadingNumber(entry.substring(colon + 1))));
                } else {
                    verbose.info("Couldn't parse CURLOPT_RESOLVE removal entry '" + entry + "'");
                }
                continue;
            }
            boolean permanent = !entry.startsWith("+");
            String rest = permanent ? entry : entry.substring(1);
            int first = rest.indexOf(':');
            int portEnd = first;
            while (first >= 0 && portEnd + 1 < rest.length() && Character.isDigit(rest.charAt(portEnd + 1))) {
                portEnd++;
            }
            boolean ok = first > 0 && first < 255 && portEnd > first && portEnd + 1 < rest.length()
                    && rest.charAt(portEnd + 1) == ':' && Long.parseLong(rest.substring(first + 1, portEnd + 1)) <= 65535;
            List<InetAddress> addresses = new ArrayList<>();
            if (ok) {
                for (String a : rest.substring(portEnd + 2).split(",", -1)) {
                    String text = a;
                    if (text.startsWith("[")) {
                        if (!text.endsWith("]")) {
                            ok = false;
                            break;
                        }
                        text = text.substring(1, text.length() - 1);
                    }
                    if (text.isEmpty()) {
                        continue;
                    }
                    InetAddress address = NumericAddress.parse(text);
                    if (address == null || (text.indexOf(':') < 0 && !IpText.isNumeric(text))) {
                        verbose.info("Resolve address '" + text + "' found illegal");
                        ok = false;
                        break;
                    }
                    addresses.add(address);
                }
            }
            if (!ok || addresses.isEmpty()) {
                throw new TransferFailed(CurlCode.SETOPT_OPTION_SYNTAX, "Couldn't parse CURLOPT_RESOLVE entry '" + entry + "'");
            }
            String host = rest.substring(0, first);
            int port = Integer.parseInt(rest.substring(first + 1, portEnd + 1));
            if (entries.remove(id(host, port)) != null) {
                verbose.info("RESOLVE " + host + ":" + port + " is - old addresses discarded");
            }
            entries.put(id(host, port), new Entry(addresses, System.nanoTime(), permanent));
            verbose.info("Added " + host + ":" + port + ":" + rest.substring(portEnd + 2) + " to DNS cache"
                    + (permanent ? "" : " (non-permanent)"));
            if (host.equals("*")) {
                verbose.info("RESOLVE *:" + port + " is wildcard, enabling wildcard checks");
                wildcard = true;
            }
        }
    }

    /**
     * fetch_addr(): the addresses the cache holds for host:port (or "*:port" once a wildcard entry
     * is in), those of the family -4/-6 asks for; null when there is no live entry or none of them fits.
     */
    synchronized List<InetAddress> fetch(String host, int port, AddressFamily family, DebugTrace verbose) {
        Entry e = live(id(host, port));
        if (e == null && wildcard) {
            e = live(id("*", port));
        }
        if (e == null) {
            return null;
        }
        List<InetAddress> fitting = new ArrayList<>();
        for (InetAddress a : e.addresses()) {
            if (family.admits(a)) {
                fitting.add(a);
            }
        }
        if (fitting.isEmpty()) {
            return null;
        }
        verbose.info("Hostname " + host + " was found in DNS cache");
        return fitting;
    }

    /** Curl_cache_addr(): what a lookup found, for the next 60 s. */
    synchronized void add(String host, int port, List<InetAddress> addresses) {
        entries.put(id(host, port), new Entry(addresses, System.nanoTime(), false));
    }

    private Entry live(String id) {
        Entry e = entries.get(id);
        if (e != null && !e.permanent() && System.nanoTime() - e.stamp() >= TIMEOUT_NANOS) {
            entries.remove(id);
            return null;
        }
        return e;
    }

    /** create_hostcache_id(): the name in lower case, a colon, the port. */
    private static String id(String host, int port) {
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** sscanf("%d"): the digits at the start (with a sign), 0 when there are none. */
    private static int leadingNumber(String s) {
        int end = s.startsWith("-") ? 1 : 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        try {
            return Integer.parseInt(s.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
