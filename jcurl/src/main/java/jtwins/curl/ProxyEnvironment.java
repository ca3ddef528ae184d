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
            if (config.noProxy != null) {
                config.noProxyVariable = nonEmpty(env.get("no_proxy")) != null ? "no_proxy" : "NO_PROXY";
            }
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
        String name = variableFor(env, scheme);
        return name == null ? null : env.get(name);
    }

    /** The variable forScheme() takes its proxy from; null for none. */
    private static String variableFor(Map<String, String> env, String scheme) {
        String name = scheme + "_proxy";
        String upper = name.toUpperCase(Locale.ROOT);
        for (String candidate : scheme.equals("http") ? new String[] {name, "all_proxy", "ALL_PROXY"}
                : new String[] {name, upper, "all_proxy", "ALL_PROXY"}) {
            if (nonEmpty(env.get(candidate)) != null) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * create_conn_helper_init_proxy()'s notes for a URL, made for each request: the no_proxy variable
     * read, then, for a host it does not exempt and with no -x, --socks or --preproxy, the variable
     * detect_proxy() took the proxy from.
     */
    static void note(CurlConfig c, CurlUrl url, DebugTrace verbose) {
        if (c.noProxyVariable != null) {
            verbose.info("Uses proxy env variable " + c.noProxyVariable + " == '" + c.noProxy + "'");
        }
        if (c.proxyEnvironment == null || c.socksProxy != null || c.preproxy != null || bypassed(c.noProxy, url.host())) {
            return;
        }
        String name = variableFor(c.proxyEnvironment, url.scheme());
        if (name != null) {
            verbose.info("Uses proxy env variable " + name + " == '" + c.proxyEnvironment.get(name) + "'");
        }
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
