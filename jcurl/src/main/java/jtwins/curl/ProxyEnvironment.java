package jtwins.curl;

import java.util.Locale;
import java.util.Map;

/**
 * libcurl's proxy from the environment (lib/url.c detect_proxy()): http_proxy (lower case only, as
 * HTTP_PROXY may be set by a CGI caller), https_proxy/HTTPS_PROXY, then all_proxy/ALL_PROXY; no_proxy
 * or --noproxy names hosts that go direct ("*" for all).
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
        String httpProxy = env.get("http_proxy");
        String httpsProxy = first(env, "https_proxy", "HTTPS_PROXY");
        String allProxy = first(env, "all_proxy", "ALL_PROXY");
        config.envHttpProxy = nonEmpty(httpProxy != null ? httpProxy : allProxy);
        config.envHttpsProxy = nonEmpty(httpsProxy != null ? httpsProxy : allProxy);
        // detect_proxy(): "<scheme>_proxy" in lower case, then upper case, for ftp:// URLs too
        String ftpProxy = first(env, "ftp_proxy", "FTP_PROXY");
        config.envFtpProxy = nonEmpty(ftpProxy != null ? ftpProxy : allProxy);
        String tftpProxy = first(env, "tftp_proxy", "TFTP_PROXY");
        config.envTftpProxy = nonEmpty(tftpProxy != null ? tftpProxy : allProxy);
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

    private static String first(Map<String, String> env, String a, String b) {
        String v = env.get(a);
        return v != null ? v : env.get(b);
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
