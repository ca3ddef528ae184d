package jtwins.wget;

import java.util.Locale;

/**
 * retr.c's getproxy and no_proxy_match: the proxy for a URL's scheme from --execute/.wgetrc's
 * http_proxy/https_proxy or the environment's lower-case variables, unless --no-proxy or a no_proxy
 * suffix says to go direct. A proxy written without a scheme is http://, as wget rewrites it.
 */
final class ProxyChoice {
    private ProxyChoice() {
    }

    /** The proxy URL to use, or null to connect directly. */
    static WgetUrl forUrl(WgetSettings s, WgetUrl u) throws WgetUrl.Invalid {
        if (!s.bool("useproxy")) {
            return null;
        }
        String configured = s.string(u.scheme() + "proxy");
        String proxy = configured != null ? configured : System.getenv(u.scheme() + "_proxy");
        if (proxy == null || proxy.isEmpty() || noProxy(s.string("noproxy"), u.host())) {
            return null;
        }
        return WgetUrl.parse(WgetUrl.rewriteShorthand(proxy));
    }

    /** sufmatch: a no_proxy entry matches the host's end at a label boundary ("x.lab", ".lab"). */
    private static boolean noProxy(String list, String host) {
        if (list == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String entry : list.split(",")) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            if (e.startsWith(".") ? h.endsWith(e)
                    : h.equals(e) || h.endsWith("." + e)) {
                return true;
            }
        }
        return false;
    }
}
