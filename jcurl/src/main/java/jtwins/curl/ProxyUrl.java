package jtwins.curl;

/** A -x/--proxy or *_proxy value: "[scheme://]host[:port]", http and port 1080 when not said. */
final class ProxyUrl {
    private ProxyUrl() {
    }

    static CurlUrl parse(String proxy) throws TransferFailed {
        String text = proxy.contains("://") ? proxy : "http://" + proxy;
        boolean portGiven = hasPort(text.substring(text.indexOf("://") + 3));
        CurlUrl u = CurlUrl.parse(text);
        if (!u.scheme().equals("http")) {
            throw new TransferFailed(CurlCode.UNSUPPORTED_PROTOCOL,
                    "Unsupported proxy scheme for '" + proxy + "'");
        }
        int port = portGiven ? u.port() : 1080;
        return new CurlUrl(u.scheme(), u.user(), u.password(), u.host(), u.ipv6Literal(), port, true, u.target());
    }

    private static boolean hasPort(String authorityAndMore) {
        int end = authorityAndMore.indexOf('/');
        String authority = end < 0 ? authorityAndMore : authorityAndMore.substring(0, end);
        int bracket = authority.lastIndexOf(']');
        return authority.indexOf(':', bracket + 1) >= 0;
    }
}
