package jtwins.wget;

import java.util.Locale;

/**
 * url.c's url_parse for the schemes the twin fetches: scheme, user and password, host (a bracketed
 * IPv6 literal too), port, path, query; the fragment is dropped. Errors carry url_error()'s words.
 */
record WgetUrl(String scheme, String user, String password, String host, int port, String path, String query) {

    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** rewrite_shorthand_url: "host/path" and "host:port/path" mean http://, "host:path" means ftp://. */
    static String rewriteShorthand(String url) {
        if (schemeOf(url) != null) {
            return url;
        }
        int p = 0;
        while (p < url.length() && url.charAt(p) != ':' && url.charAt(p) != '/') {
            p++;
        }
        // a leading ':' or '/' is no shorthand, nor is "://" of a scheme the twin does not know
        if (p == 0 || url.startsWith("://", p)) {
            return url;
        }
        if (p < url.length() && url.charAt(p) == ':') {
            int q = p + 1;
            while (q < url.length() && url.charAt(q) >= '0' && url.charAt(q) <= '9') {
                q++;
            }
            if (q > p + 1 && (q == url.length() || url.charAt(q) == '/')) {
                return "http://" + url;
            }
            return "ftp://" + url.substring(0, p) + "/" + url.substring(p + 1);
        }
        return "http://" + url;
    }

    private static String schemeOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        for (String s : new String[] {"http://", "https://", "ftp://", "ftps://"}) {
            if (lower.startsWith(s)) {
                return s.substring(0, s.length() - 3);
            }
        }
        return null;
    }

    static WgetUrl parse(String url) throws Invalid {
        return parse(url, true);
    }

    /**
     * url_parse(url, ..., percent_encode): with percentEncode false the path and query stay as
     * written (as append_url() leaves a link whose characters needed no conversion).
     */
    static WgetUrl parse(String url, boolean percentEncode) throws Invalid {
        String scheme = schemeOf(url);
        if (scheme == null) {
            int sep = url.indexOf("://");
            if (sep > 0 && url.substring(0, sep).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+'
                    || c == '-' || c == '.')) {
                throw new Invalid("Unsupported scheme " + Quote.of(url.substring(0, sep)));
            }
            throw new Invalid("Scheme missing");
        }
        String rest = url.substring(scheme.length() + 3);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int end = 0;
        while (end < rest.length() && "/?".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        String tail = rest.substring(end);
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = info.indexOf(':');
            user = PercentCoding.decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : PercentCoding.decode(info.substring(colon + 1));
        }
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new Invalid("Unterminated IPv6 numeric address");
            }
            host = authority.substring(1, close);
            if (!host.matches("[0-9A-Fa-f:.]+")) {
                throw new Invalid("Invalid IPv6 numeric address");
            }
            String after = authority.substring(close + 1);
            if (after.startsWith(":")) {
                portText = after.substring(1);
            } else if (!after.isEmpty()) {
                throw new Invalid("Invalid host name");
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw new Invalid("Invalid host name");
        }
        // supported_schemes[]: explicit FTPS shares FTP's port
        int port = scheme.equals("https") ? 443 : scheme.startsWith("ftp") ? 21 : 80;
        if (portText != null && !portText.isEmpty()) {
            int p = 0;
            for (char c : portText.toCharArray()) {
                if (c < '0' || c > '9') {
                    throw new Invalid("Bad port number");
                }
                p = p * 10 + (c - '0');
                if (p > 65535) {
                    throw new Invalid("Bad port number");
                }
            }
            if (p == 0) {
                throw new Invalid("Bad port number");
            }
            port = p;
        }
        String path;
        String query = null;
        int q = tail.indexOf('?');
        if (q >= 0) {
            query = tail.substring(q + 1);
            tail = tail.substring(0, q);
        }
        path = pathSimplify(tail.startsWith("/") ? tail.substring(1) : tail, scheme.startsWith("ftp"));
        return new WgetUrl(scheme, user, password, host.toLowerCase(Locale.ROOT), port,
                percentEncode ? PercentCoding.reencode(path) : path,
                query == null ? null : percentEncode ? PercentCoding.reencode(query) : query);
    }

    int defaultPort() {
        return scheme.equals("https") ? 443 : scheme.startsWith("ftp") ? 21 : 80;
    }

    /** The host as a Host: header and URL strings write it: brackets for IPv6, the port when not the default. */
    String hostPort() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port == defaultPort() ? h : h + ":" + port;
    }

    /** hostPort() as url_string() writes it: a host IDNA left as bytes (IRI off, or refused) %XX-escaped. */
    String quotedHostPort() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : PercentCoding.escapeHost(host);
        return port == defaultPort() ? h : h + ":" + port;
    }

    /** The request target: "/" + path, and "?" + query when there is one. */
    String target() {
        return "/" + path + (query == null ? "" : "?" + query);
    }

    /** url_string(u, URL_AUTH_HIDE_PASSWD): how the URL is printed in the "--DATE--  URL" line. */
    String printed() {
        StringBuilder s = new StringBuilder(scheme).append("://");
        if (user != null) {
            s.append(PercentCoding.encodeUserinfo(user));
            if (password != null) {
                s.append(":*password*");
            }
            s.append('@');
        }
        return s.append(quotedHostPort()).append(target()).toString();
    }

    /** url_string(u, URL_AUTH_SHOW): the canonical form wget keeps as url->url, password and all. */
    String url() {
        if (password == null) {
            return printed();
        }
        return scheme + "://" + PercentCoding.encodeUserinfo(user) + ":" + PercentCoding.encodeUserinfo(password) + "@"
                + quotedHostPort() + target();
    }

    /** url_string(u, URL_AUTH_HIDE): without user and password. */
    String withoutAuth() {
        return scheme + "://" + quotedHostPort() + target();
    }

    /** url->dir: the path up to its last slash, without it. */
    String dir() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** url->file: the path after its last slash. */
    String file() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** url_has_scheme(): letters, digits, '-' and '+' up to a ':'. */
    static boolean hasScheme(String url) {
        int p = 0;
        while (p < url.length() && (Character.isLetterOrDigit(url.charAt(p)) && url.charAt(p) < 128
                || url.charAt(p) == '-' || url.charAt(p) == '+')) {
            p++;
        }
        return p > 0 && p < url.length() && url.charAt(p) == ':';
    }

    /** A Location: header, absolute or relative, resolved against this URL (uri_merge). */
    WgetUrl resolve(String location) throws Invalid {
        return resolve(location, true);
    }

    /** uri_merge() then url_parse() with or without percent-encoding. */
    WgetUrl resolve(String location, boolean percentEncode) throws Invalid {
        String lower = location.toLowerCase(Locale.ROOT);
        if (schemeOf(location) != null) {
            return parse(location, percentEncode);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            return parse(location, percentEncode);
        }
        String base = scheme + "://" + hostPort();
        if (location.startsWith("//")) {
            return parse(scheme + ":" + location, percentEncode);
        }
        if (location.startsWith("/")) {
            return parse(base + location, percentEncode);
        }
        if (location.startsWith("?")) {
            return parse(base + "/" + path + location, percentEncode);
        }
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash + 1);
        return parse(base + "/" + normalise(dir + location), percentEncode);
    }

    /**
     * url.c's path_simplify(), on every parsed path: "./" dropped, "../" taking back the element
     * before it and never going above the root (for FTP, a leading "../" is kept).
     */
    static String pathSimplify(String path, boolean ftp) {
        char[] p = path.toCharArray();
        int end = p.length;
        int h = 0;
        int t = 0;
        int beg = 0;
        while (h < end) {
            boolean dotEnd = h + 1 >= end || p[h + 1] == '/';
            if (p[h] == '.' && dotEnd) {
                h += 2;
            } else if (p[h] == '.' && h + 1 < end && p[h + 1] == '.' && (h + 2 >= end || p[h + 2] == '/')) {
                if (t > beg) {
                    for (--t; t > beg && p[t - 1] != '/'; t--) {
                        // back to the start of the element before
                    }
                    h += 3;
                } else if (ftp) {
                    beg = t + 3;
                    int[] th = regular(p, end, h, t);
                    h = th[0];
                    t = th[1];
                } else {
                    h += 3;
                }
            } else {
                int[] th = regular(p, end, h, t);
                h = th[0];
                t = th[1];
            }
        }
        return new String(p, 0, Math.min(t, end));
    }

    /** A regular element copied (or skipped over when nothing was taken out yet), its slash too. */
    private static int[] regular(char[] p, int end, int h, int t) {
        while (h < end && p[h] != '/') {
            p[t++] = p[h++];
        }
        if (h < end) {
            p[t++] = p[h++];
        }
        return new int[] {h, t};
    }

    /** path_simplify: "." and ".." segments taken out. */
    private static String normalise(String path) {
        String[] parts = path.split("/", -1);
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean last = i == parts.length - 1;
            if (p.equals(".")) {
                if (last) {
                    out.addLast("");
                }
            } else if (p.equals("..")) {
                out.pollLast();
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(p);
            }
        }
        return String.join("/", out);
    }
}
