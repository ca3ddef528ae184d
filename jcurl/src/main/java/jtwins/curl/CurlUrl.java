package jtwins.curl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jtwins.common.process.ArgvBytes;
import jtwins.common.resolver.Idna;

/**
 * A URL as curl 7.88.1's urlapi takes it from the tool: a missing scheme means http, only http and
 * https are spoken here (others get libcurl's "not supported" answer, exit 1), a bad port, host or
 * blank gets exit 3, the fragment is never sent (but stays in %{url_effective}).
 */
record CurlUrl(String scheme, String user, String password, String host, boolean ipv6Literal, int port,
               boolean portGiven, String target, String fragment, String givenHost) {

    static final String BAD_FORMAT = "URL using bad/illegal format or missing URL";

    static CurlUrl parse(String raw) throws TransferFailed {
        return parse(raw, false);
    }

    /** As parse(); with pathAsIs (--path-as-is) the dot segments stay in the path. */
    static CurlUrl parse(String raw, boolean pathAsIs) throws TransferFailed {
        return parse(raw, pathAsIs, "http");
    }

    /**
     * The scheme parse() gives a URL, without parsing the rest: its own, --proto-default's, "ftp" for a
     * host name's guess (CURLU_GUESS_SCHEME), else http.
     */
    static String schemeOf(String raw, String defaultScheme) {
        int sep = schemeLength(raw, true);
        if (sep > 0) {
            return raw.substring(0, sep).toLowerCase(Locale.ROOT);
        }
        if (!defaultScheme.equals("http")) {
            return defaultScheme;
        }
        return guessedScheme(raw);
    }

    /** CURLU_GUESS_SCHEME: a host name starting "ftp.", "dict.", "ldap.", "imap.", "smtp." or "pop3." names its protocol. */
    private static String guessedScheme(String raw) {
        for (String scheme : new String[] {"ftp", "dict", "ldap", "imap", "smtp", "pop3"}) {
            if (raw.regionMatches(true, 0, scheme + ".", 0, scheme.length() + 1)) {
                return scheme;
            }
        }
        return "http";
    }

    /** As parse(), a URL without a scheme taking the one --proto-default names. */
    static CurlUrl parse(String raw, boolean pathAsIs, String defaultScheme) throws TransferFailed {
        String rest = raw;
        String scheme = "http";
        int sep = schemeLength(rest, true);
        if (sep == 0 && !defaultScheme.equals("http")) {
            // CURLU_DEFAULT_SCHEME: as if the URL had started with "scheme://"
            return parse(defaultScheme + "://" + raw, pathAsIs, "http");
        }
        if (sep == 0) {
            scheme = guessedScheme(rest);
        }
        if (sep > 0 && rest.substring(0, sep).equalsIgnoreCase("file")) {
            return file(rest.substring(sep + 1));
        }
        if (sep > 0) {
            scheme = rest.substring(0, sep).toLowerCase(Locale.ROOT);
            if (!ProtocolSet.BUILT_IN.contains(scheme)) {
                throw new TransferFailed(CurlCode.UNSUPPORTED_PROTOCOL,
                        "Protocol \"" + raw.substring(0, sep) + "\" not supported or disabled in libcurl");
            }
            // parseurl(): one to three slashes after the scheme
            int slashes = 0;
            while (sep + 1 + slashes < rest.length() && rest.charAt(sep + 1 + slashes) == '/' && slashes < 4) {
                slashes++;
            }
            if (slashes < 1 || slashes > 3) {
                throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
            }
            rest = rest.substring(sep + 1 + slashes);
        } else if (rest.isEmpty()) {
            throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
            }
        }
        int authorityEnd = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                authorityEnd = i;
                break;
            }
        }
        String authority = rest.substring(0, authorityEnd);
        String pathPart = rest.substring(authorityEnd);
        String fragment = null;
        int hash = pathPart.indexOf('#');
        if (hash >= 0) {
            fragment = pathPart.substring(hash + 1);
            pathPart = pathPart.substring(0, hash);
        }
        if (pathPart.isEmpty() || pathPart.charAt(0) == '?') {
            pathPart = "/" + pathPart;
        }
        if (!pathAsIs) {
            pathPart = DotSegments.remove(pathPart);
        }
        String user = null;
        String password = null;
        // parse_hostname_login(): the first '@' ends the user info, so a second one is in the host
        int at = authority.indexOf('@');
        if (at >= 0) {
            String userinfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userinfo.indexOf(':');
            user = UrlDecoding.decode(colon < 0 ? userinfo : userinfo.substring(0, colon), UrlDecoding.Reject.NONE);
            password = colon < 0 ? "" : UrlDecoding.decode(userinfo.substring(colon + 1), UrlDecoding.Reject.NONE);
        }
        String host;
        String portText = null;
        boolean ipv6 = false;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
            }
            host = authority.substring(1, close);
            ipv6 = true;
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
                }
                portText = after.substring(1);
            }
            if (host.isEmpty() || !isIpv6Text(host)) {
                throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
            if (host.isEmpty() || !isHostText(host)) {
                throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
            }
        }
        int defaultPort = defaultPort(scheme);
        int port = defaultPort;
        boolean portGiven = false;
        if (portText != null && !portText.isEmpty()) {
            port = parsePort(portText);
            portGiven = true;
        }
        String givenHost = null;
        if (!ipv6 && !Idna.isAscii(host)) {
            // url.c's idnconvert(): the ACE name is what is looked up and sent, the given one is shown;
            // idn2_lookup_ul() converts from the locale's character set, which in the C locale is ASCII
            givenHost = host;
            Idna.Result ace = ArgvBytes.platform().equals(StandardCharsets.US_ASCII) ? null
                    : Idna.toAscii(ArgvBytes.toPlatform(host));
            if (ace == null || !ace.ok()) {
                throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
            }
            host = ace.ascii();
        }
        return new CurlUrl(scheme, user, password, host, ipv6, port, portGiven && port != defaultPort, pathPart, fragment,
                givenHost);
    }

    /**
     * parseurl() for file: "file:/path", or "file://" with no host, "localhost" or "127.0.0.1"
     * before the path; another host is a bad URL (3).
     */
    private static CurlUrl file(String afterColon) throws TransferFailed {
        String path = afterColon;
        if (path.startsWith("//")) {
            String rest = path.substring(2);
            if (!rest.startsWith("/")) {
                if (rest.regionMatches(true, 0, "localhost/", 0, 10) || rest.startsWith("127.0.0.1/")) {
                    rest = rest.substring(9);
                } else {
                    throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
                }
            }
            path = rest;
        }
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        return new CurlUrl("file", null, "", "", false, 0, false, path, null, null);
    }

    /**
     * -G's data or --url-query, which urlapi appends to the query as it is: a blank or control byte
     * in it makes the URL that libcurl then reads a bad one (3).
     */
    static void checkAppended(String query) throws TransferFailed {
        if (query == null) {
            return;
        }
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
            }
        }
    }

    /**
     * What the Host: header says: the host as given, with the port when not HTTP's or HTTPS's own
     * (an ftp:// URL asked of a proxy says :21, Curl_http_host()).
     */
    String hostHeader() {
        // an IPv6 zone ("%25eth0") is for this machine only: the Host: header leaves it out
        String h = ipv6Literal ? "[" + (host.indexOf('%') < 0 ? host : host.substring(0, host.indexOf('%'))) + "]" : host;
        return portGiven || scheme.equals("ftp") ? h + ":" + port : h;
    }

    /** The scheme's own port, which a URL leaves unsaid. */
    static int defaultPort(String scheme) {
        return switch (scheme) {
            case "https" -> 443;
            case "ftp" -> 21;
            case "tftp" -> 69;
            case "smtp" -> 25;
            case "pop3" -> 110;
            case "imap" -> 143;
            case "dict" -> 2628;
            case "telnet" -> 23;
            case "scp", "sftp" -> 22;
            case "ldap" -> 389;
            case "ldaps" -> 636;
            case "smb" -> 445;
            case "mqtt" -> 1883;
            case "rtsp" -> 554;
            case "gopher", "gophers" -> 70;
            default -> 80;
        };
    }

    /** The host as the user wrote it: the name "Connected to" and the URL shown back use (conn->host.dispname). */
    String shownHost() {
        return givenHost != null ? givenHost : host;
    }

    /** The URL as curl shows it back (%{url_effective}, redirects): normalised by urlapi. */
    String effective() {
        if (scheme.equals("file")) {
            return "file://" + target;
        }
        String h = ipv6Literal ? "[" + host + "]" : shownHost();
        String auth = user == null ? "" : user + (password.isEmpty() ? "" : ":" + password) + "@";
        return scheme + "://" + auth + h + (portGiven ? ":" + port : "") + target + (fragment == null ? "" : "#" + fragment);
    }

    /** The absolute form a proxy is asked for: no user, no fragment. */
    String effectiveWithoutUser() {
        String h = ipv6Literal ? "[" + host + "]" : host;
        return scheme + "://" + h + (portGiven ? ":" + port : "") + target;
    }

    /** The path alone, without the query (urlapi's path part, what cookies match against). */
    String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    boolean tls() {
        return scheme.equals("https") || scheme.equals("gophers") || scheme.equals("ldaps");
    }

    /**
     * A Location: value against this URL: absolute, scheme-relative, absolute path, a query alone
     * (the path stays), or relative path; --path-as-is keeps its dot segments.
     */
    CurlUrl resolve(String given, boolean pathAsIs) throws TransferFailed {
        String location = encodeForFollow(given);
        if (schemeLength(location, false) > 0) {
            return parse(location, pathAsIs);
        }
        // a relative Location keeps the base URL's user and password (urlapi's concat_url())
        String userinfo = user == null ? "" : encodeUserinfo(user) + (password.isEmpty() ? "" : ":" + encodeUserinfo(password)) + "@";
        String base = scheme + "://" + userinfo + (ipv6Literal ? "[" + host + "]" : host) + ":" + port;
        if (location.startsWith("//")) {
            return parse(scheme + ":" + location, pathAsIs);
        }
        if (location.startsWith("/")) {
            return withPort(parse(base + location, pathAsIs));
        }
        String path = target;
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        if (location.startsWith("?")) {
            return withPort(parse(base + path + location, pathAsIs));
        }
        // urlapi's concat_url(): the last segment off, one "./" skipped, a level off for each "../"
        String dir = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        String rest = location.startsWith("./") ? location.substring(2) : location;
        while (rest.startsWith("../")) {
            rest = rest.substring(3);
            int cut = dir.lastIndexOf('/');
            dir = cut < 0 ? "" : dir.substring(0, cut);
        }
        return withPort(parse(base + dir + "/" + rest, pathAsIs));
    }

    /**
     * Curl_follow()'s CURLU_URLENCODE: a space in the path becomes %20 and one in the query '+',
     * a byte past ASCII %XX; the rest of the Location is taken as it is.
     */
    private static String encodeForFollow(String location) {
        StringBuilder s = new StringBuilder();
        boolean query = false;
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            query |= c == '?';
            if (c == ' ') {
                s.append(query ? "+" : "%20");
            } else if (c >= 0x80) {
                s.append('%').append(String.format("%02x", c & 0xff));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** The decoded user or password put back into a URL: '%', ':', '@' and '/' escaped. */
    private static String encodeUserinfo(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xff;
            if (c == '%' || c == ':' || c == '@' || c == '/' || c <= ' ' || c >= 0x7f) {
                out.append('%').append(String.format("%02x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private CurlUrl withPort(CurlUrl u) {
        int defaultPort = defaultPort(u.scheme);
        return new CurlUrl(u.scheme, u.user, u.password, u.host, u.ipv6Literal, u.port, u.port != defaultPort, u.target,
                u.fragment, u.givenHost);
    }

    private static int parsePort(String text) throws TransferFailed {
        if (text.length() > 5) {
            throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
        }
        int v = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
            }
            v = v * 10 + (c - '0');
        }
        if (v > 65535) {
            throw new TransferFailed(CurlCode.URL_MALFORMAT, BAD_FORMAT);
        }
        return v;
    }

    /**
     * Curl_is_absolute_url(): the length of a leading scheme (letters, digits, '+', '-', '.' and then
     * ':'), 0 for none; when guessing (a URL from the command line) the ':' must be followed by '/'.
     */
    private static int schemeLength(String url, boolean guess) {
        int i = 0;
        while (i < url.length() && i < 40) {
            char c = url.charAt(i);
            if (!(c < 0x80 && Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                break;
            }
            i++;
        }
        if (i > 0 && i < url.length() && url.charAt(i) == ':'
                && (!guess || (i + 1 < url.length() && url.charAt(i + 1) == '/'))) {
            return i;
        }
        return 0;
    }

    /** urlapi's hostname_check(): none of the characters a host name may not hold. */
    private static boolean isHostText(String host) {
        for (int i = 0; i < host.length(); i++) {
            if (" \r\n\t/:#?!@{}[]\\$'\"^`*<>=;,+&()%".indexOf(host.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6Text(String host) {
        int zone = host.indexOf('%');
        String address = zone < 0 ? host : host.substring(0, zone);
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                return false;
            }
        }
        return address.indexOf(':') >= 0;
    }
}
