package jtwins.curl;

/**
 * A -x/--proxy or *_proxy value: "[scheme://]host[:port]", http when it names no scheme, and port
 * 1080 (443 for an https:// proxy) when it names none.
 */
final class ProxyUrl {
    private ProxyUrl() {
    }

    static CurlUrl parse(String proxy) throws TransferFailed {
        String text = proxy.contains("://") ? proxy : "http://" + proxy;
        String scheme = text.substring(0, text.indexOf("://")).toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            // parse_proxy(): any other scheme is refused before the proxy is parsed
            throw new TransferFailed(CurlCode.COULDNT_CONNECT, "Unsupported proxy scheme for '" + proxy + "'");
        }
        boolean portGiven = hasPort(text.substring(text.indexOf("://") + 3));
        CurlUrl u = CurlUrl.parse(text);
        int port = portGiven ? u.port() : scheme.equals("https") ? 443 : 1080;
        return new CurlUrl(u.scheme(), u.user(), u.password(), u.host(), u.ipv6Literal(), port, true, u.target(), null, u.givenHost());
    }

    /** Whether the proxy is spoken to over TLS (CURLPROXY_HTTPS). */
    static boolean isHttps(String proxy) {
        return proxy.regionMatches(true, 0, "https://", 0, 8);
    }

    /** Whether a proxy string names a SOCKS proxy by its scheme (socks://, socks4://, socks4a://, socks5://, socks5h://). */
    static boolean isSocks(String proxy) {
        int sep = proxy.indexOf("://");
        return sep > 0 && SocksHandshake.of(proxy.substring(0, sep).toLowerCase(java.util.Locale.ROOT)) != null;
    }

    /** A SOCKS proxy string: its host, port (1080 when not said) and user:password, as a URL. */
    static CurlUrl parseSocks(String proxy) throws TransferFailed {
        String rest = proxy.substring(proxy.indexOf("://") + 3);
        CurlUrl u = CurlUrl.parse("http://" + rest);
        int port = hasPort(rest) ? u.port() : 1080;
        return new CurlUrl(u.scheme(), u.user(), u.password(), u.host(), u.ipv6Literal(), port, true, u.target(), null, u.givenHost());
    }

    static SocksHandshake.Version socksVersion(String proxy) {
        return SocksHandshake.of(proxy.substring(0, proxy.indexOf("://")).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean hasPort(String authorityAndMore) {
        int end = authorityAndMore.indexOf('/');
        String authority = end < 0 ? authorityAndMore : authorityAndMore.substring(0, end);
        int bracket = authority.lastIndexOf(']');
        return authority.indexOf(':', bracket + 1) >= 0;
    }
}
