package jtwins.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * The share's HSTS cache (lib/hsts.c): --hsts files read into it (host, or .host for its subdomains
 * too, and the expiry as "YYYYMMDD HH:MM:SS" or "unlimited"), an https response's
 * Strict-Transport-Security adding, renewing or (max-age=0) removing its host, an http:// URL to a
 * host it holds switched to https, and the file written again when the command line is done.
 */
final class HstsCache {
    private static final int MAX_HOST = 256;
    private static final long UNLIMITED = Long.MAX_VALUE;

    private static final class Entry {
        final String host;
        boolean subdomains;
        long expires;

        Entry(String host, boolean subdomains, long expires) {
            this.host = host;
            this.subdomains = subdomains;
            this.expires = expires;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    /** The file the cache was last read from, which it is saved to; null when none was named. */
    private String file;

    /**
     * Curl_hsts_loadfile(): each line "host "date"", after blanks, '#' lines left out; a host already
     * held keeps the later of the two expiries. A file that cannot be read adds nothing.
     */
    synchronized void load(String name) {
        file = name;
        for (String line : CacheFile.entries(name)) {
            String[] parts = line.split("[ \t]+", 2);
            if (parts.length < 2 || parts[0].length() > MAX_HOST || !parts[1].startsWith("\"")) {
                continue;
            }
            int close = parts[1].indexOf('"', 1);
            String date = close < 0 ? parts[1].substring(1) : parts[1].substring(1, close);
            if (date.isEmpty()) {
                continue;
            }
            long expires = date.equals("unlimited") ? UNLIMITED : CurlDate.parse(date);
            String host = parts[0];
            boolean subdomains = host.startsWith(".");
            if (subdomains) {
                host = host.substring(1);
            }
            Entry e = find(host, subdomains);
            if (e == null) {
                create(host, subdomains, expires);
            } else if (expires > e.expires) {
                e.expires = expires;
            }
        }
    }

    /** Curl_hsts(): the entry for a host (a trailing dot ignored), or for a domain it is under when asked; expired ones go. */
    private Entry find(String hostname, boolean subdomain) {
        String host = hostname.endsWith(".") ? hostname.substring(0, hostname.length() - 1) : hostname;
        if (hostname.isEmpty() || hostname.length() > MAX_HOST) {
            return null;
        }
        long now = System.currentTimeMillis() / 1000;
        entries.removeIf(e -> e.expires <= now);
        for (Entry e : entries) {
            if (subdomain && e.subdomains && e.host.length() < host.length()) {
                int offset = host.length() - e.host.length();
                if (host.charAt(offset - 1) == '.' && host.regionMatches(true, offset, e.host, 0, e.host.length())) {
                    return e;
                }
            }
            if (host.equalsIgnoreCase(e.host)) {
                return e;
            }
        }
        return null;
    }

    private void create(String hostname, boolean subdomains, long expires) {
        String host = hostname.endsWith(".") ? hostname.substring(0, hostname.length() - 1) : hostname;
        if (!host.isEmpty()) {
            entries.add(new Entry(host, subdomains, expires));
        }
    }

    /** Whether an http:// URL to this host goes as https (parseurlandfillconn()'s HSTS upgrade). */
    synchronized boolean upgrades(String host) {
        return find(host, true) != null;
    }

    /**
     * Curl_hsts_parse() of a Strict-Transport-Security value the host sent over https: max-age
     * (mandatory, once, quoted or not), includeSubDomains (once), other directives passed over;
     * an IP address is never kept.
     */
    synchronized void parse(String hostname, String header) {
        if (IpText.isNumeric(hostname)) {
            return;
        }
        long maxAge = 0;
        boolean gotMaxAge = false;
        boolean gotSub = false;
        int p = 0;
        String h = header;
        do {
            while (p < h.length() && (h.charAt(p) == ' ' || h.charAt(p) == '\t')) {
                p++;
            }
            if (h.regionMatches(true, p, "max-age=", 0, 8)) {
                if (gotMaxAge) {
                    return;
                }
                p += 8;
                while (p < h.length() && (h.charAt(p) == ' ' || h.charAt(p) == '\t')) {
                    p++;
                }
                boolean quoted = p < h.length() && h.charAt(p) == '"';
                if (quoted) {
                    p++;
                }
                int start = p;
                while (p < h.length() && Character.isDigit(h.charAt(p))) {
                    p++;
                }
                if (p == start) {
                    return;
                }
                String digits = h.substring(start, p);
                maxAge = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
                if (quoted) {
                    if (p >= h.length() || h.charAt(p) != '"') {
                        return;
                    }
                    p++;
                }
                gotMaxAge = true;
            } else if (h.regionMatches(true, p, "includesubdomains", 0, 17)) {
                if (gotSub) {
                    return;
                }
                p += 17;
                gotSub = true;
            } else {
                while (p < h.length() && h.charAt(p) != ';') {
                    p++;
                }
            }
            while (p < h.length() && (h.charAt(p) == ' ' || h.charAt(p) == '\t')) {
                p++;
            }
            if (p < h.length() && h.charAt(p) == ';') {
                p++;
            }
        } while (p < h.length());
        if (!gotMaxAge) {
            return;
        }
        if (maxAge == 0) {
            Entry e = find(hostname, false);
            if (e != null) {
                entries.remove(e);
            }
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        long expires = Long.MAX_VALUE - now < maxAge ? Long.MAX_VALUE : now + maxAge;
        Entry e = find(hostname, false);
        if (e != null) {
            e.expires = expires;
            e.subdomains = gotSub;
        } else {
            create(hostname, gotSub, expires);
        }
    }

    /**
     * Curl_hsts_save(): curl's two header lines, then each entry, through a temporary file renamed
     * over the one read; nothing when no file was named or its name is empty.
     */
    synchronized void save() {
        if (file == null || file.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append(e.subdomains ? "." : "").append(e.host).append(" \"")
                    .append(e.expires == UNLIMITED ? "unlimited" : CacheFile.stamp(e.expires)).append("\"\n");
        }
        CacheFile.write(file, "HSTS", "https://curl.se/docs/hsts.html", out);
    }
}
