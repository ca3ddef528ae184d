package jtwins.curl;

/**
 * Curl_cookie_add()'s two readings of a line: a Set-Cookie header's value (name=value and then
 * attributes, each "name=what" or a word, split at ';') and a Netscape cookie file's seven
 * TAB-separated fields. Each gives a cookie or null for one curl drops.
 */
final class CookieLine {
    static final int MAX_COOKIE_LINE = 5000;
    private static final int MAX_NAME = 4096;

    private CookieLine() {
    }

    /**
     * A Set-Cookie value.
     * @param domain the host the response came from (null when read from a file)
     * @param path the request's path, for the default path (null when read from a file)
     * @param secure whether the origin is secure (https, localhost, 127.0.0.1, ::1)
     * @param running whether the jar is in use (a header) rather than being loaded (a file)
     */
    static Cookie header(String line, String domain, String path, boolean secure, boolean running,
                         DebugTrace verbose) {
        if (line.length() > MAX_COOKIE_LINE) {
            return null;
        }
        Cookie co = new Cookie();
        int semi = line.indexOf(';');
        int p = 0;
        while (p < line.length() && isBlank(line.charAt(p))) {
            p++;
        }
        String hostDomain = domain;
        while (true) {
            String[] pair = pair(line, p);
            if (pair != null) {
                String name = pair[0];
                String what = pair[1];
                int nameLength = name.length();
                if (nameLength >= MAX_NAME - 1 || what.length() >= MAX_NAME - 1 || nameLength + what.length() > MAX_NAME) {
                    note(verbose, "oversized cookie dropped, name/val " + nameLength + " + " + what.length() + " bytes");
                    return null;
                }
                boolean sep = p + nameLength < line.length() && line.charAt(p + nameLength) == '=';
                name = stripTrailingBlanks(name);
                what = stripTrailingBlanks(what);
                boolean emptyWhat = what.isEmpty();
                int w = 0;
                while (w < what.length() && isBlank(what.charAt(w))) {
                    w++;
                }
                what = what.substring(w);
                if (what.indexOf('\t') >= 0) {
                    note(verbose, "cookie contains TAB, dropping");
                    return null;
                }
                if (name.length() > 3 && name.startsWith("__")) {
                    if (name.regionMatches(true, 0, "__Secure-", 0, 9)) {
                        co.securePrefix = true;
                    } else if (name.regionMatches(true, 0, "__Host-", 0, 7)) {
                        co.hostPrefix = true;
                    }
                }
                boolean done = false;
                if (co.name == null) {
                    // the first pair is the cookie's name and value
                    if (!sep) {
                        return null;
                    }
                    co.name = name;
                    co.value = what;
                    done = true;
                    if (invalidOctets(what) || invalidOctets(name)) {
                        note(verbose, "invalid octets in name/value, cookie dropped");
                        return null;
                    }
                } else if (emptyWhat) {
                    // "secure" and "httponly" also as "secure=" and "httponly="
                    done = true;
                    if (name.equalsIgnoreCase("secure")) {
                        if (secure || !running) {
                            co.secure = true;
                        } else {
                            return null;
                        }
                    } else if (name.equalsIgnoreCase("httponly")) {
                        co.httponly = true;
                    } else if (sep) {
                        done = false;
                    }
                }
                if (!done) {
                    if (name.equalsIgnoreCase("path")) {
                        co.path = what;
                        co.spath = Cookie.sanitizePath(what);
                    } else if (name.equalsIgnoreCase("domain") && !what.isEmpty()) {
                        String d = what.startsWith(".") ? what.substring(1) : what;
                        boolean ip = IpText.isNumeric(hostDomain != null ? hostDomain : d);
                        if (hostDomain == null || (ip && d.equals(hostDomain)) || (!ip && tailmatch(d, hostDomain))) {
                            co.domain = d;
                            if (!ip) {
                                co.tailmatch = true;
                            }
                        } else {
                            note(verbose, "skipped cookie with bad tailmatch domain: " + d);
                            return null;
                        }
                    } else if (name.equalsIgnoreCase("max-age")) {
                        co.maxAge = what;
                    } else if (name.equalsIgnoreCase("expires")) {
                        co.expireText = what;
                    }
                }
            }
            if (semi < 0 || semi >= line.length()) {
                break;
            }
            p = semi + 1;
            while (p < line.length() && isBlank(line.charAt(p))) {
                p++;
            }
            semi = line.indexOf(';', p);
            if (semi < 0 && p < line.length()) {
                // no more semicolons, but a last pair
                semi = line.length();
            }
            if (semi < 0) {
                break;
            }
        }
        long now = System.currentTimeMillis() / 1000;
        if (co.maxAge != null) {
            co.expires = maxAge(co.maxAge, now);
        } else if (co.expireText != null) {
            long t = CurlDate.parse(co.expireText);
            // a date that does not parse leaves a session cookie; one at the epoch is made one second later
            co.expires = t == 0 ? 1 : t < 0 ? 0 : t;
        }
        if (co.domain == null && domain != null) {
            co.domain = domain;
        }
        if (co.path == null && path != null) {
            int q = path.indexOf('?');
            int slash = path.lastIndexOf('/', q < 0 ? path.length() - 1 : q - 1);
            if (slash >= 0) {
                co.path = path.substring(0, slash + 1);
                co.spath = Cookie.sanitizePath(co.path);
            }
        }
        return co.name == null ? null : co;
    }

    /**
     * One Netscape cookie file line (after an optional "#HttpOnly_"): domain, tailmatch, path (may be
     * left out), secure, expires, name, value (may be empty). Comments and short lines give null.
     */
    static Cookie file(String line, boolean secure, boolean running) {
        Cookie co = new Cookie();
        String l = line;
        if (l.startsWith("#HttpOnly_")) {
            l = l.substring(10);
            co.httponly = true;
        }
        if (l.startsWith("#")) {
            return null;
        }
        int cut = l.indexOf('\r');
        if (cut >= 0) {
            l = l.substring(0, cut);
        }
        cut = l.indexOf('\n');
        if (cut >= 0) {
            l = l.substring(0, cut);
        }
        int fields = 0;
        // strtok_r() on TAB: empty fields between TABs do not count
        for (String field : l.split("\t")) {
            if (field.isEmpty()) {
                continue;
            }
            switch (fields) {
                case 0 -> co.domain = field.startsWith(".") ? field.substring(1) : field;
                case 1 -> co.tailmatch = field.equalsIgnoreCase("TRUE");
                case 2 -> {
                    if (!field.equals("TRUE") && !field.equals("FALSE")) {
                        co.path = field;
                        co.spath = Cookie.sanitizePath(field);
                    } else {
                        // no path field: "/" and this field is the secure flag
                        co.path = "/";
                        co.spath = "/";
                        fields++;
                        if (!secureField(co, field, secure, running)) {
                            return null;
                        }
                    }
                }
                case 3 -> {
                    if (!secureField(co, field, secure, running)) {
                        return null;
                    }
                }
                case 4 -> {
                    long e = strtoofft(field);
                    if (e == OFFT_INVALID || e == OFFT_FLOW) {
                        return null;
                    }
                    co.expires = e;
                }
                case 5 -> {
                    co.name = field;
                    if (field.regionMatches(true, 0, "__Secure-", 0, 9)) {
                        co.securePrefix = true;
                    } else if (field.regionMatches(true, 0, "__Host-", 0, 7)) {
                        co.hostPrefix = true;
                    }
                }
                case 6 -> co.value = field;
                default -> {
                }
            }
            fields++;
        }
        if (fields == 6) {
            co.value = "";
            fields++;
        }
        return fields == 7 ? co : null;
    }

    private static boolean secureField(Cookie co, String field, boolean secure, boolean running) {
        co.secure = false;
        if (field.equalsIgnoreCase("TRUE")) {
            if (!(secure || running)) {
                return false;
            }
            co.secure = true;
        }
        return true;
    }

    /** Max-Age: seconds from now; 0, negative or not a number expire it at once (1), too large is the end of time. */
    private static long maxAge(String text, long now) {
        long v = strtoofft(text.startsWith("\"") ? text.substring(1) : text);
        if (v == OFFT_FLOW) {
            return Long.MAX_VALUE;
        }
        if (v == OFFT_INVALID || v == 0) {
            return 1;
        }
        return Long.MAX_VALUE - now < v ? Long.MAX_VALUE : v + now;
    }

    private static final long OFFT_INVALID = Long.MIN_VALUE;
    private static final long OFFT_FLOW = Long.MIN_VALUE + 1;

    /** curlx_strtoofft(): blanks, then a '+' and digits (trailing text allowed); '-' or none is invalid. */
    private static long strtoofft(String s) {
        int p = 0;
        while (p < s.length() && isBlank(s.charAt(p))) {
            p++;
        }
        if (p < s.length() && s.charAt(p) == '+') {
            p++;
        }
        int start = p;
        long v = 0;
        while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            int d = s.charAt(p++) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                return OFFT_FLOW;
            }
            v = v * 10 + d;
        }
        return p == start ? OFFT_INVALID : v;
    }

    /**
     * sscanf("%4095[^;\t\r\n=] =%4095[^;\r\n]") at p: {name, what}, what empty when no '=' or nothing
     * after it; null when no name character comes first.
     */
    private static String[] pair(String line, int p) {
        int end = p;
        while (end < line.length() && end - p < MAX_NAME - 1 && ";\t\r\n=".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        if (end == p) {
            return null;
        }
        String name = line.substring(p, end);
        int q = end;
        while (q < line.length() && Character.isWhitespace(line.charAt(q))) {
            q++;
        }
        String what = "";
        if (q < line.length() && line.charAt(q) == '=') {
            int start = q + 1;
            int stop = start;
            while (stop < line.length() && stop - start < MAX_NAME - 1 && ";\r\n".indexOf(line.charAt(stop)) < 0) {
                stop++;
            }
            what = line.substring(start, stop);
        }
        return new String[] {name, what};
    }

    /** tailmatch(): the host ends with the domain, at a dot or wholly. */
    static boolean tailmatch(String cookieDomain, String host) {
        if (host.length() < cookieDomain.length()) {
            return false;
        }
        int start = host.length() - cookieDomain.length();
        if (!host.substring(start).equalsIgnoreCase(cookieDomain)) {
            return false;
        }
        return start == 0 || host.charAt(start - 1) == '.';
    }

    /** invalid_octets(): control bytes other than TAB, and DEL. */
    private static boolean invalidOctets(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x01 && c <= 0x1f && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** infof(): a file being read has no transfer to tell. */
    private static void note(DebugTrace verbose, String text) {
        if (verbose != null) {
            verbose.info(text);
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static String stripTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
