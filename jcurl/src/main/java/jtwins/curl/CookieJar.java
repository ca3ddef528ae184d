package jtwins.curl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * lib/cookie.c's CookieInfo: the cookies one command line keeps (the tool shares one jar between all
 * its transfers), hashed by their top two domain labels as curl hashes them, since a request is
 * only matched against the cookies in its host's bucket. -b files are read into it, Set-Cookie
 * lines added, the matching cookies sent, and -c writes it out.
 */
final class CookieJar {
    private static final int HASH_SIZE = 256;
    private static final int MAX_SET_COOKIE_AMOUNT = 50;
    private static final int MAX_COOKIE_SEND_AMOUNT = 150;
    private static final int MAX_COOKIE_HEADER_LEN = 8190;

    @SuppressWarnings("unchecked")
    private final List<Cookie>[] buckets = new List[HASH_SIZE];
    private int count;
    private long lastCreation;
    /** Session cookies read from a file are dropped (-j, CURLOPT_COOKIESESSION, as the last load said). */
    private boolean newSession;
    /** Set-Cookie lines taken in the current response's request (data->req.setcookies). */
    private int setThisRequest;

    CookieJar() {
        for (int i = 0; i < HASH_SIZE; i++) {
            buckets[i] = new ArrayList<>();
        }
    }

    /** Curl_cookie_init() with a file: its lines, Set-Cookie ones or Netscape ones; "-" is stdin. False if it cannot be read. */
    synchronized boolean load(String file, boolean newSession) {
        this.newSession = newSession;
        byte[] bytes;
        try {
            if (file.equals("-")) {
                bytes = System.in.readAllBytes();
            } else {
                try (InputStream in = Files.newInputStream(LocalPath.of(file))) {
                    bytes = in.readAllBytes();
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(start, end);
            start = end;
            // Curl_get_line(): a line longer than the buffer is skipped whole
            if (line.length() >= CookieLine.MAX_COOKIE_LINE) {
                continue;
            }
            boolean header = line.regionMatches(true, 0, "Set-Cookie:", 0, 11);
            String rest = header ? line.substring(11) : line;
            int p = 0;
            while (p < rest.length() && (rest.charAt(p) == ' ' || rest.charAt(p) == '\t')) {
                p++;
            }
            rest = rest.substring(p);
            Cookie co = header ? CookieLine.header(rest, null, null, true, false, null)
                    : CookieLine.file(rest, true, false);
            if (co != null) {
                store(co, null, false, true, null);
            }
        }
        removeExpired();
        return true;
    }

    /** A new request: its Set-Cookie count starts again. */
    synchronized void newRequest() {
        setThisRequest = 0;
    }

    /** A Set-Cookie header's value, from a response to host (the Host: header's name if one was set) for path. */
    synchronized void setCookie(String value, String host, String path, boolean secure, DebugTrace verbose) {
        if (setThisRequest >= MAX_SET_COOKIE_AMOUNT) {
            return;
        }
        Cookie co = CookieLine.header(value, host, path, secure, true, verbose);
        if (co == null) {
            return;
        }
        setThisRequest++;
        store(co, host, true, secure, verbose);
    }

    /** The rest of Curl_cookie_add(): prefix rules, then replace a cookie of the same name, domain and path, or add. */
    private void store(Cookie co, String host, boolean running, boolean secure, DebugTrace verbose) {
        if (co.securePrefix && !co.secure) {
            return;
        }
        if (co.hostPrefix && !(co.secure && "/".equals(co.path) && !co.tailmatch)) {
            return;
        }
        if (!running && newSession && co.expires == 0) {
            return;
        }
        co.live = running;
        co.creationTime = ++lastCreation;
        if (running) {
            removeExpired();
        }
        // Debian's build asks libpsl: no cookie for a public suffix, unless the host is that name
        if (host != null && co.domain != null && !IpText.isNumeric(co.domain) && !PublicSuffix.acceptable(host, co.domain)) {
            if (verbose != null) {
                verbose.info("cookie '" + co.name + "' dropped, domain '" + host + "' must not set cookies for '"
                        + co.domain + "'");
            }
            return;
        }
        List<Cookie> bucket = buckets[hash(co.domain)];
        int replace = -1;
        boolean replaced = false;
        for (int i = 0; i < bucket.size(); i++) {
            Cookie old = bucket.get(i);
            if (!old.name.equalsIgnoreCase(co.name)) {
                continue;
            }
            boolean sameDomain = old.domain != null && co.domain != null ? old.domain.equalsIgnoreCase(co.domain)
                    : old.domain == null && co.domain == null;
            if (sameDomain && old.spath != null && co.spath != null && old.secure && !co.secure && !secure) {
                // a cookie that is not secure may not overlay a secure one with the same first path segment
                int sep = old.spath.indexOf('/', 1);
                int length = sep >= 0 ? sep : old.spath.length();
                if (co.spath.regionMatches(true, 0, old.spath, 0, length)) {
                    if (verbose != null) {
                        verbose.info("cookie '" + co.name + "' for domain '" + co.domain
                                + "' dropped, would overlay an existing cookie");
                    }
                    return;
                }
            }
            if (replace < 0) {
                boolean same = old.domain != null && co.domain != null
                        ? old.domain.equalsIgnoreCase(co.domain) && old.tailmatch == co.tailmatch
                        : old.domain == null && co.domain == null;
                if (same) {
                    same = old.spath != null && co.spath != null ? old.spath.equalsIgnoreCase(co.spath)
                            : old.spath == null && co.spath == null;
                }
                if (same && !co.live && old.live) {
                    // one read from a file does not replace one a server set
                    return;
                }
                if (same) {
                    replace = i;
                    replaced = true;
                }
            }
        }
        if (replace >= 0) {
            co.creationTime = bucket.get(replace).creationTime;
            bucket.set(replace, co);
        } else {
            bucket.add(co);
            count++;
        }
        if (running && verbose != null) {
            verbose.info((replaced ? "Replaced" : "Added") + " cookie " + co.name + "=\"" + co.value
                    + "\" for domain " + co.domain + ", path " + co.path + ", expire " + co.expires);
        }
    }

    /**
     * Curl_http_cookies()'s jar part: "name=value" of each cookie for host and path, longest path
     * first, joined with "; "; and whether the header length cap stopped them (then -b's string is not added).
     */
    synchronized List<String> matching(String host, String path, boolean secure, DebugTrace verbose, int headerSoFar,
                          boolean[] capped) {
        List<String> out = new ArrayList<>();
        List<Cookie> bucket = buckets[hash(host)];
        if (bucket.isEmpty()) {
            return out;
        }
        removeExpired();
        boolean ip = IpText.isNumeric(host);
        List<Cookie> hits = new ArrayList<>();
        for (Cookie co : bucket) {
            if (co.secure && !secure) {
                continue;
            }
            boolean domainOk = co.domain == null || (co.tailmatch && !ip && CookieLine.tailmatch(co.domain, host))
                    || ((!co.tailmatch || ip) && host.equalsIgnoreCase(co.domain));
            if (domainOk && (co.spath == null || pathMatch(co.spath, path))) {
                hits.add(co);
                if (hits.size() >= MAX_COOKIE_SEND_AMOUNT) {
                    verbose.info("Included max number of cookies (" + hits.size() + ") in request!");
                    break;
                }
            }
        }
        // cookie_sort(): longer path, then longer domain, then longer name, then the newer first
        hits.sort(Comparator.<Cookie>comparingInt(c -> c.path == null ? 0 : -c.path.length())
                .thenComparingInt(c -> c.domain == null ? 0 : -c.domain.length())
                .thenComparingInt(c -> -c.name.length())
                .thenComparingLong(c -> -c.creationTime));
        int length = headerSoFar + "Cookie: ".length();
        for (Cookie co : hits) {
            if (co.value == null) {
                continue;
            }
            if (length + co.name.length() + co.value.length() + 1 >= MAX_COOKIE_HEADER_LEN) {
                verbose.info("Restricted outgoing cookies due to header size, '" + co.name + "' not sent");
                capped[0] = true;
                break;
            }
            String pair = co.name + "=" + co.value;
            length += (out.isEmpty() ? 0 : 2) + pair.length();
            out.add(pair);
        }
        return out;
    }

    /** cookie_output(): the header, then every cookie that has a domain, the newest first; "-" is stdout. */
    synchronized boolean save(String file) {
        removeExpired();
        StringBuilder s = new StringBuilder("# Netscape HTTP Cookie File\n"
                + "# https://curl.se/docs/http-cookies.html\n"
                + "# This file was generated by libcurl! Edit at your own risk.\n\n");
        List<Cookie> all = new ArrayList<>();
        for (List<Cookie> bucket : buckets) {
            for (Cookie co : bucket) {
                if (co.domain != null) {
                    all.add(co);
                }
            }
        }
        all.sort(Comparator.comparingLong(c -> -c.creationTime));
        for (Cookie co : all) {
            s.append(co.netscapeLine()).append('\n');
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.ISO_8859_1);
        try {
            if (file.equals("-")) {
                StdoutStream.OUT.write(bytes);
                StdoutStream.OUT.flush();
                return true;
            }
            Path target = LocalPath.of(file);
            if (!Files.exists(target) || Files.isRegularFile(target)) {
                // Curl_fopen(): a regular file is replaced through a temporary file beside it
                Path temp = target.resolveSibling(target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                try (OutputStream out = Files.newOutputStream(target)) {
                    out.write(bytes);
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void removeExpired() {
        long now = System.currentTimeMillis() / 1000;
        for (List<Cookie> bucket : buckets) {
            int before = bucket.size();
            bucket.removeIf(co -> co.expires != 0 && co.expires < now);
            count -= before - bucket.size();
        }
    }

    /**
     * pathmatch(): the cookie's path is "/" or a prefix of the request's path (case-sensitive) that
     * ends at a '/' or at the path's end; the query is not part of the path.
     */
    static boolean pathMatch(String cookiePath, String requestPath) {
        if (cookiePath.length() == 1) {
            return true;
        }
        String uri = requestPath;
        int q = uri.indexOf('?');
        if (q >= 0) {
            uri = uri.substring(0, q);
        }
        if (uri.isEmpty() || uri.charAt(0) != '/') {
            uri = "/";
        }
        if (uri.length() < cookiePath.length() || !uri.startsWith(cookiePath)) {
            return false;
        }
        return uri.length() == cookiePath.length() || uri.charAt(cookiePath.length()) == '/';
    }

    /** cookiehash(): 0 for none or an address; else a hash of the last two labels, upper-cased. */
    private static int hash(String domain) {
        if (domain == null || IpText.isNumeric(domain)) {
            return 0;
        }
        int last = domain.lastIndexOf('.');
        int start = 0;
        if (last >= 0) {
            int first = last == 0 ? -1 : domain.lastIndexOf('.', last - 1);
            if (first >= 0) {
                start = first + 1;
            }
        }
        long h = 5381;
        for (int i = start; i < domain.length(); i++) {
            h += h << 5;
            char c = domain.charAt(i);
            // Curl_raw_toupper() on a (signed) char
            h ^= (byte) (c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        return (int) Long.remainderUnsigned(h, HASH_SIZE);
    }
}
