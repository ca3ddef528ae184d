package jtwins.curl;

/**
 * One end curl speaks TLS to, with what that end's options say (vtls.c keeps a config for each): the
 * server (-k, --cacert, --capath; ALPN by the HTTP version asked for) or an https:// proxy
 * (--proxy-insecure, --proxy-cacert, --proxy-capath or else --capath; ALPN http/1.1 or http/1.0,
 * and only for an https:// URL, whose handler alone turns ALPN on).
 */
record TlsPeer(String host, int port, boolean ipv6Literal, boolean proxy, boolean insecure, String caCert,
               String caPath, String[] offers) {

    /** The CA folder Debian's build looks in when none is given, as -v shows it. */
    static final String DEFAULT_CA_PATH = "/etc/ssl/certs";

    static TlsPeer server(CurlUrl url, CurlConfig config) {
        // Curl_alpn_get_spec(): http/1.0 for --http1.0, h2 first unless --http1.1, nothing with --no-alpn;
        // url.c turns ALPN on for the https handler alone (gophers://, ldaps:// offer nothing)
        String[] offers = config.noAlpn || !url.scheme().equals("https") ? new String[0]
                : config.http10 ? new String[] {"http/1.0"}
                : config.offersH2() ? new String[] {"h2", "http/1.1"} : new String[] {"http/1.1"};
        return new TlsPeer(url.host(), url.port(), url.ipv6Literal(), false, config.insecure, config.caCert,
                config.caPath, offers);
    }

    static TlsPeer proxy(CurlUrl proxy, CurlUrl url, CurlConfig config) {
        // Curl_alpn_get_proxy_spec(), with url.c's tls_enable_alpn set by the https handler only
        String[] offers = config.noAlpn || !url.scheme().equals("https") ? new String[0]
                : config.http10 ? new String[] {"http/1.0"} : new String[] {"http/1.1"};
        return new TlsPeer(proxy.host(), proxy.port(), proxy.ipv6Literal(), true, config.proxyInsecure,
                config.proxyCaCert, config.proxyCaPath != null ? config.proxyCaPath : config.caPath, offers);
    }

    /** What "CAfile:" shows: the file given, else the build's bundle. */
    String caFileShown() {
        return caCert != null ? caCert : jtwins.common.tls.CaBundle.SYSTEM_BUNDLE;
    }

    /** What "CApath:" shows: the folder given, else the build's. */
    String caPathShown() {
        return caPath != null ? caPath : DEFAULT_CA_PATH;
    }

    /** servercert()'s heading: "Server certificate:" or "Proxy certificate:". */
    String role() {
        return proxy ? "Proxy" : "Server";
    }
}
