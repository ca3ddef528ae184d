package jtwins.wget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jtwins.common.resolver.NumericAddress;

/**
 * cookies.c's jar for one run: Set-Cookie parsed (parse_set_cookie()), checked against the host and
 * the path (cookie_handle_set_cookie()), stored at the head of its domain's chain or replacing its
 * like, discarded when it expires in the past; the Cookie header (cookie_header()) from the chains of
 * the host and its parent domains, duplicates out, the longest domain then the longest path first.
 */
final class CookieJar {
    private static final int PORT_ANY = -1;

    private static final class Cookie {
        String domain;
        boolean domainExact;
        int port = PORT_ANY;
        String path;
        String attr;
        String value;
        boolean permanent;
        long expiry;
        boolean secure;
        boolean discard;
    }

    /** The chains by domain; cookie_jar_save() goes through them in the order they were made. */
    private final Map<String, List<Cookie>> chains = new java.util.LinkedHashMap<>();
    private final WgetLog log;

    CookieJar(WgetLog log) {
        this.log = log;
    }

    /** cookie_handle_set_cookie(): path is the URL's, with its leading slash. */
    void setCookie(String host, int port, String path, String header) {
        long now = System.currentTimeMillis() / 1000;
        Cookie c = parse(header, now);
        if (c == null) {
            return;
        }
        if (c.domain == null) {
            c.domain = host;
            c.domainExact = true;
            if (port != 80 && port != 443) {
                c.port = port;
            }
        } else if (!domainMatches(c.domain, host)) {
            log.notQuiet("Cookie coming from " + host + " attempted to set domain to " + c.domain + "\n");
            c.discard = true;
        }
        if (c.path == null) {
            c.path = path.substring(0, path.lastIndexOf('/') + 1);
        } else if (!path.startsWith(c.path)) {
            log.debug("Attempt to fake the path: " + c.path + ", " + path + "\n");
            return;
        }
        if (c.discard) {
            discardMatching(c);
            return;
        }
        store(c);
    }

    /**
     * check_domain_match() as libpsl's psl_is_cookie_domain_acceptable() answers it: the host itself,
     * or a parent domain of a host name. The twin has no public suffix list, so a parent domain is
     * any with a dot in it (libpsl also refuses public suffixes such as co.uk).
     */
    private boolean domainMatches(String domain, String host) {
        log.debug("cdm: 1\n");
        String d = domain.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        if (d.equals(h)) {
            return true;
        }
        return NumericAddress.parse(h) == null && d.indexOf('.') > 0 && h.endsWith("." + d);
    }

    /** parse_set_cookie(): name=value first, then domain, path, expires, max-age, secure; a syntax error is said. */
    private Cookie parse(String header, long now) {
        int[] at = {0};
        String[] param = new String[3];
        Cookie c = new Cookie();
        boolean ok = HeaderParam.next(header, at, param, ';') && param[1] != null;
        if (ok) {
            c.attr = param[0];
            // a quoted value keeps its quotes
            c.value = param[2] != null ? "\"" + param[1] + "\"" : param[1];
            while (ok && HeaderParam.next(header, at, param, ';')) {
                String name = param[0].toLowerCase(Locale.ROOT);
                String v = param[1];
                switch (name) {
                    case "domain" -> {
                        if (v == null || v.isEmpty()) {
                            ok = false;
                        } else {
                            c.domain = v.startsWith(".") ? v.substring(1) : v;
                        }
                    }
                    case "path" -> {
                        if (v == null || v.isEmpty()) {
                            ok = false;
                        } else {
                            c.path = v;
                        }
                    }
                    case "expires" -> {
                        if (v == null || v.isEmpty() || v.length() >= 128) {
                            ok = false;
                        } else {
                            Long t = Timestamps.epochSeconds(v.replace('-', ' '));
                            if (t != null) {
                                c.permanent = true;
                                c.expiry = t;
                                c.discard = t < now;
                            }
                        }
                    }
                    case "max-age" -> {
                        double age = -1;
                        try {
                            age = v == null ? -1 : Double.parseDouble(v.strip());
                        } catch (NumberFormatException e) {
                            age = -1;
                        }
                        if (v == null || v.isEmpty() || age == -1) {
                            ok = false;
                        } else {
                            c.permanent = true;
                            c.expiry = now + (long) age;
                            c.discard = age == 0;
                        }
                    }
                    case "secure" -> c.secure = true;
                    default -> {
                    }
                }
            }
            ok &= at[0] >= header.length() || header.substring(at[0]).isBlank();
        }
        if (!ok) {
            log.notQuiet("Syntax error in Set-Cookie: " + header + " at position " + at[0] + ".\n");
            return null;
        }
        return c;
    }

    private Cookie findMatching(Cookie c) {
        for (Cookie old : chains.getOrDefault(c.domain, List.of())) {
            if (old.path.equals(c.path) && old.attr.equals(c.attr) && old.port == c.port) {
                return old;
            }
        }
        return null;
    }

    /** store_cookie(). */
    private void store(Cookie c) {
        List<Cookie> chain = chains.computeIfAbsent(c.domain, d -> new ArrayList<>());
        // every new cookie heads its chain, one like it (domain, path, name, port) taken out
        Cookie victim = findMatching(c);
        if (victim != null) {
            chain.remove(victim);
            log.debug("Deleted old cookie (to be replaced.)\n");
        }
        chain.add(0, c);
        log.debug("\nStored cookie " + c.domain + " " + c.port + (c.port == PORT_ANY ? " (ANY)" : "") + " " + c.path
                + " <" + (c.permanent ? "permanent" : "session") + "> <" + (c.secure ? "secure" : "insecure")
                + "> [expiry " + (c.expiry != 0 ? Dates.format(c.expiry) : "none") + "] " + c.attr + " " + c.value
                + "\n");
    }

    /** discard_matching_cookie(). */
    private void discardMatching(Cookie c) {
        Cookie victim = findMatching(c);
        if (victim != null) {
            List<Cookie> chain = chains.get(c.domain);
            chain.remove(victim);
            if (chain.isEmpty()) {
                chains.remove(c.domain);
            }
            log.debug("Discarded old cookie.\n");
        }
    }

    /**
     * cookie_jar_load(): a cookies.txt (domain[:port], domain flag, path, secure, expiry, name,
     * value, tab-separated; # and blank lines skipped), a stale cookie left out, expiry 0 a session
     * cookie; a file that cannot be opened is said.
     */
    void load(String file) {
        List<String> lines;
        try {
            lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            log.notQuiet("Cannot open cookies file " + Quote.of(file) + ": " + jtwins.common.Errno.of(e).text() + "\n");
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        for (String line : lines) {
            String t = line.stripLeading();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\t", 7);
            if (f.length < 7 || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty() || f[3].isEmpty() || f[4].isEmpty()
                    || f[5].isEmpty()) {
                continue;
            }
            Cookie c = new Cookie();
            c.attr = f[5];
            c.value = f[6].endsWith("\r") ? f[6].substring(0, f[6].length() - 1) : f[6];
            c.path = f[2];
            c.secure = f[3].equals("TRUE");
            c.domainExact = !f[1].equals("TRUE");
            String domain = f[0];
            int colon = domain.indexOf(':');
            if (colon >= 0 && colon + 1 < domain.length() && domain.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                c.port = Integer.parseInt(domain.substring(colon + 1));
                domain = domain.substring(0, colon);
            }
            c.domain = domain.startsWith(".") ? domain.substring(1) : domain;
            double expiry;
            try {
                expiry = Double.parseDouble(f[4].strip());
            } catch (NumberFormatException e) {
                expiry = now - 1;
            }
            if (expiry != 0) {
                if (expiry < now) {
                    continue;
                }
                c.expiry = (long) expiry;
                c.permanent = true;
            }
            store(c);
        }
    }

    /** cookie_jar_save(): the permanent cookies (and the session ones with --keep-session-cookies) not yet expired. */
    void save(String file, boolean keepSession) {
        log.debug("Saving cookies to " + file + ".\n");
        long now = System.currentTimeMillis() / 1000;
        StringBuilder out = new StringBuilder("# HTTP Cookie File\n# Generated by Wget on " + Dates.format(now)
                + ".\n# Edit at your own risk.\n\n");
        for (Map.Entry<String, List<Cookie>> chain : chains.entrySet()) {
            for (Cookie c : chain.getValue()) {
                if ((!c.permanent && !keepSession) || (c.expiry != 0 && c.expiry < now)) {
                    continue;
                }
                out.append(c.domainExact ? "" : ".").append(chain.getKey()).append(c.port != PORT_ANY ? ":" + c.port : "")
                        .append('\t').append(c.domainExact ? "FALSE" : "TRUE").append('\t').append(c.path).append('\t')
                        .append(c.secure ? "TRUE" : "FALSE").append('\t').append(c.expiry).append('\t').append(c.attr)
                        .append('\t').append(c.value).append('\n');
            }
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), out, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            log.notQuiet("Cannot open cookies file " + Quote.of(file) + ": " + jtwins.common.Errno.of(e).text() + "\n");
            return;
        }
        log.debug("Done saving cookies.\n");
    }

    private record Weighed(Cookie cookie, int domainGoodness, int pathGoodness) {
    }

    /** cookie_header(): the value of the Cookie header for this URL, or null when no cookie goes. */
    String header(String host, int port, String path, boolean secure) {
        if (chains.isEmpty()) {
            return null;
        }
        long now = System.currentTimeMillis() / 1000;
        List<List<Cookie>> found = new ArrayList<>();
        String h = host;
        int passes = NumericAddress.parse(host) != null ? 1 : (int) host.chars().filter(ch -> ch == '.').count();
        for (int pass = 0; ; ) {
            List<Cookie> chain = chains.get(h);
            if (chain != null) {
                found.add(chain);
            }
            if (++pass >= passes) {
                break;
            }
            h = h.substring(h.indexOf('.') + 1);
        }
        List<Weighed> out = new ArrayList<>();
        for (List<Cookie> chain : found) {
            for (Cookie c : chain) {
                boolean expired = c.expiry != 0 && c.expiry < now;
                if (expired || (c.secure && !secure) || (c.port != PORT_ANY && c.port != port)
                        || (c.domainExact && !host.equalsIgnoreCase(c.domain)) || !path.startsWith(c.path)) {
                    continue;
                }
                out.add(new Weighed(c, c.domain.length(), c.path.length() + 1));
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        // eliminate_dups(): sorted by name and value, one of each pair kept; then (stable) by goodness
        out.sort(Comparator.comparing((Weighed w) -> w.cookie().attr).thenComparing(w -> w.cookie().value));
        List<Weighed> unique = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Cookie c0 = out.get(i).cookie();
            if (i + 1 < out.size() && c0.attr.equals(out.get(i + 1).cookie().attr)
                    && c0.value.equals(out.get(i + 1).cookie().value)) {
                continue;
            }
            unique.add(out.get(i));
        }
        unique.sort(Comparator.comparingInt((Weighed w) -> -w.domainGoodness()).thenComparingInt(w -> -w.pathGoodness()));
        StringBuilder s = new StringBuilder();
        for (Weighed w : unique) {
            s.append(s.length() == 0 ? "" : "; ").append(w.cookie().attr).append('=').append(w.cookie().value);
        }
        return s.toString();
    }
}
