package jtwins.curl;

import java.util.Locale;
import java.util.Map;

/**
 * libcurl's proxy from the environment (lib/url.c detect_proxy()): the scheme's own variable, then
 * all_proxy/ALL_PROXY; no_proxy or --noproxy names hosts that go direct ("*" for all).
 */
final class ProxyEnvironment {
    private ProxyEnvironment() {
    }

    static void apply(CurlConfig config, Map<String, String> env) {
        if (config.noProxy == null) {
            // url.c: no_proxy is read whatever proxy is set, -x's too
            config.noProxy = first(env, "no_proxy", "NO_PROXY");
        }
        if (config.proxy != null && !config.proxy.isEmpty()) {
            return;
        }
        if (config.proxy != null) {
            config.proxy = null;
            return;
        }
        config.proxyEnvironment = env;
    }

    /**
     * detect_proxy() for a URL's scheme: "<scheme>_proxy" in lower case, then in upper case except
     * for http (HTTP_PROXY may be set by a CGI caller), then all_proxy/ALL_PROXY; curl_getenv() takes
     * an empty variable for an unset one. Null for none.
     */
    static String forScheme(Map<String, String> env, String scheme) {
        String name = scheme + "_proxy";
        String p = scheme.equals("http") ? nonEmpty(env.get(name)) : first(env, name, name.toUpperCase(Locale.ROOT));
        return p != null ? p : first(env, "all_proxy", "ALL_PROXY");
    }

    /** Whether a host bypasses the proxy under a no_proxy list. */
    static boolean bypassed(String noProxy, String host) {
        if (noProxy == null || noProxy.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String entry : noProxy.split(",")) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            if (e.equals("*")) {
                return true;
            }
            if (e.startsWith(".")) {
                e = e.substring(1);
            }
            if (!e.isEmpty() && (h.equals(e) || h.endsWith("." + e))) {
                return true;
            }
        }
        return false;
    }

    /** curl_getenv() of a, else of b: an empty variable is as good as unset. */
    private static String first(Map<String, String> env, String a, String b) {
        String v = nonEmpty(env.get(a));
        return v != null ? v : nonEmpty(env.get(b));
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
