package jtwins.curl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A transfer's alt-svc cache (lib/altsvc.c, one per easy handle as 7.88.1's tool has it): the
 * --alt-svc file's lines read in, an https response's Alt-Svc header adding alternatives for its
 * origin ("clear" drops them), an https URL whose origin has an h1 alternative connected there
 * instead (this libcurl has no HTTP/2 or HTTP/3, so only h1 destinations are taken), and the file
 * written again when the transfer is done.
 */
final class AltSvcCache {
    private static final int MAX_HOST = 512;
    private static final int MAX_ALPN = 10;

    private static final class Entry {
        final String srcAlpn;
        final String srcHost;
        final int srcPort;
        final String dstAlpn;
        final String dstHost;
        final int dstPort;
        long expires;
        boolean persist;
        int prio;

        Entry(String srcAlpn, String srcHost, int srcPort, String dstAlpn, String dstHost, int dstPort) {
            this.srcAlpn = srcAlpn;
            this.srcHost = srcHost.endsWith(".") ? srcHost.substring(0, srcHost.length() - 1) : srcHost;
            this.srcPort = srcPort;
            this.dstAlpn = dstAlpn;
            this.dstHost = dstHost;
            this.dstPort = dstPort;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final String file;

    /** CURLOPT_ALTSVC: an empty name keeps the cache in memory alone. */
    AltSvcCache(String file) {
        this.file = file;
        if (file.isEmpty()) {
            return;
        }
        for (String line : CacheFile.entries(file)) {
            add(line);
        }
    }

    /** altsvc_add(): "h1 src 443 h1 dst 8443 "YYYYMMDD HH:MM:SS" persist prio", all nine or nothing. */
    private void add(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(\\S{1,10})\\s+(\\S{1,512})\\s+(\\d+)\\s+(\\S{1,10})\\s+(\\S{1,512})\\s+(\\d+)\\s+\"([^\"]{1,64})\"\\s+(\\d+)\\s+(\\d+)")
                .matcher(line);
        if (!m.lookingAt() || !known(m.group(1)) || !known(m.group(4))) {
            return;
        }
        Entry e = new Entry(m.group(1), m.group(2), (int) Long.parseLong(m.group(3)) & 0xffff, m.group(4), m.group(5),
                (int) Long.parseLong(m.group(6)) & 0xffff);
        e.expires = CurlDate.parse(m.group(7));
        e.persist = !m.group(8).equals("0");
        e.prio = (int) Long.parseLong(m.group(9));
        entries.add(e);
    }

    /** alpn2alpnid(): the three ALPN ids altsvc.c knows. */
    private static boolean known(String alpn) {
        return alpn.equals("h1") || alpn.equals("h2") || alpn.equals("h3");
    }

    /** hostcompare(): the first host may end in a dot. */
    private static boolean sameHost(String host, String check) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return h.equalsIgnoreCase(check);
    }

    /**
     * Curl_altsvc_lookup() for an https origin over h1 (no HTTP/2 here to ask for h2 first): the
     * first unexpired h1 alternative, {host, port}; null for none. Expired entries go.
     */
    synchronized String[] lookup(String host, int port) {
        long now = System.currentTimeMillis() / 1000;
        entries.removeIf(e -> e.expires < now);
        for (Entry e : entries) {
            if (e.srcAlpn.equals("h1") && sameHost(host, e.srcHost) && e.srcPort == port && e.dstAlpn.equals("h1")) {
                return new String[] {e.dstHost, Integer.toString(e.dstPort)};
            }
        }
        return null;
    }

    /**
     * Curl_altsvc_parse() of an Alt-Svc value an https response over h1 gave: alpn="[host][:port]"
     * entries with ma (24 h by default) and persist, the origin's old ones flushed with the first;
     * "clear" flushes them all.
     */
    synchronized void parse(String value, String srcHost, int srcPort, DebugTrace verbose) {
        int[] at = {0};
        String alpn = alnum(value, at);
        if (alpn == null) {
            verbose.info("Excessive alt-svc header, ignoring.");
            return;
        }
        if (alpn.equalsIgnoreCase("clear")) {
            flush(srcHost, srcPort);
            return;
        }
        int count = 0;
        String v = value;
        do {
            int p = at[0];
            if (p >= v.length() || v.charAt(p) != '=') {
                break;
            }
            p++;
            if (p >= v.length() || v.charAt(p) != '"') {
                break;
            }
            p++;
            String dstHost = srcHost;
            boolean valid = true;
            if (p < v.length() && v.charAt(p) != ':') {
                int start = p;
                while (p < v.length() && (Character.isLetterOrDigit(v.charAt(p)) && v.charAt(p) < 0x80
                        || v.charAt(p) == '.' || v.charAt(p) == '-')) {
                    p++;
                }
                if (p == start || p - start >= MAX_HOST) {
                    verbose.info("Excessive alt-svc host name, ignoring.");
                    valid = false;
                } else {
                    dstHost = v.substring(start, p);
                }
            }
            int dstPort = srcPort;
            if (p < v.length() && v.charAt(p) == ':') {
                p++;
                int start = p;
                while (p < v.length() && Character.isDigit(v.charAt(p))) {
                    p++;
                }
                long port = p == start || p - start > 6 ? 0 : Long.parseLong(v.substring(start, p));
                if (port == 0 || port > 65535 || p >= v.length() || v.charAt(p) != '"') {
                    verbose.info("Unknown alt-svc port number, ignoring.");
                    valid = false;
                    p = start;
                } else {
                    dstPort = (int) port;
                }
            }
            if (p >= v.length() || v.charAt(p++) != '"') {
                break;
            }
            long maxAge = 24 * 3600;
            boolean persist = false;
            while (true) {
                while (p < v.length() && (v.charAt(p) == ' ' || v.charAt(p) == '\t')) {
                    p++;
                }
                if (p >= v.length() || v.charAt(p) != ';') {
                    break;
                }
                p++;
                if (p >= v.length() || v.charAt(p) == '\r' || v.charAt(p) == '\n') {
                    break;
                }
                int[] q = {p};
                String option = alnum(v, q);
                p = q[0];
                while (p < v.length() && (v.charAt(p) == ' ' || v.charAt(p) == '\t')) {
                    p++;
                }
                if (p >= v.length() || v.charAt(p) != '=') {
                    return;
                }
                p++;
                while (p < v.length() && (v.charAt(p) == ' ' || v.charAt(p) == '\t')) {
                    p++;
                }
                if (p >= v.length()) {
                    return;
                }
                boolean quoted = v.charAt(p) == '"';
                if (quoted) {
                    p++;
                }
                int start = p;
                if (quoted) {
                    while (p < v.length() && v.charAt(p) != '"') {
                        p++;
                    }
                    if (p >= v.length()) {
                        return;
                    }
                    p++;
                } else {
                    while (p < v.length() && " \t;,".indexOf(v.charAt(p)) < 0) {
                        p++;
                    }
                }
                int digitsEnd = start;
                while (digitsEnd < v.length() && Character.isDigit(v.charAt(digitsEnd))) {
                    digitsEnd++;
                }
                if (digitsEnd > start && option != null && digitsEnd - start < 19) {
                    long num = Long.parseLong(v.substring(start, digitsEnd));
                    if (option.equalsIgnoreCase("ma")) {
                        maxAge = num;
                    } else if (option.equalsIgnoreCase("persist") && num == 1) {
                        persist = true;
                    }
                }
            }
            if (known(alpn) && valid) {
                if (count++ == 0) {
                    flush(srcHost, srcPort);
                }
                Entry e = new Entry("h1", srcHost, srcPort, alpn, dstHost, dstPort);
                e.expires = System.currentTimeMillis() / 1000 + maxAge;
                e.persist = persist;
                entries.add(e);
                verbose.info("Added alt-svc: " + dstHost + ":" + dstPort + " over " + alpn);
            }
            if (p < v.length() && v.charAt(p) == ',') {
                p++;
                at[0] = p;
                alpn = alnum(v, at);
                if (alpn == null) {
                    break;
                }
            } else {
                at[0] = p;
            }
        } while (at[0] < v.length() && ";\r\n".indexOf(v.charAt(at[0])) < 0);
    }

    /** getalnum(): blanks, then a token up to a blank, ';' or '='; null when empty or too long. */
    private static String alnum(String s, int[] at) {
        int p = at[0];
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        int start = p;
        while (p < s.length() && " \t;=".indexOf(s.charAt(p)) < 0) {
            p++;
        }
        at[0] = p;
        return p == start || p - start >= MAX_ALPN ? null : s.substring(start, p);
    }

    /** altsvc_flush(): the origin's alternatives over h1 go. */
    private void flush(String host, int port) {
        entries.removeIf(e -> e.srcAlpn.equals("h1") && e.srcPort == port && sameHost(host, e.srcHost));
    }

    /** Curl_altsvc_save(): curl's two header lines and each entry, through a temporary file; none for an empty name. */
    synchronized void save() {
        if (file.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append(String.format(Locale.ROOT, "%s %s %d %s %s %d \"%s\" %d %d\n", e.srcAlpn, e.srcHost, e.srcPort,
                    e.dstAlpn, e.dstHost, e.dstPort, CacheFile.stamp(e.expires), e.persist ? 1 : 0, e.prio));
        }
        CacheFile.write(file, "alt-svc", "https://curl.se/docs/alt-svc.html", out);
    }
}
