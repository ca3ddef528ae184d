package jtwins.nc;

import jtwins.common.Failure;

/** -x proxy_address[:port] as main() splits it, with -X's protocol, its default port, and -P's user. */
record ProxySpec(String host, String port, String protocol, String user) {
    static ProxySpec parse(String proxy, String protocol, String user) {
        String host;
        String port = null;
        if (proxy.startsWith("[")) {
            int close = proxy.indexOf(']');
            if (close < 0) {
                throw Failure.errx(1, "missing closing bracket in proxy");
            }
            host = proxy.substring(1, close);
            String rest = proxy.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw Failure.errx(1, "garbage proxy port delimiter");
                }
                port = rest.substring(1);
            }
        } else {
            int colon = proxy.lastIndexOf(':');
            host = colon >= 0 ? proxy.substring(0, colon) : proxy;
            port = colon >= 0 ? proxy.substring(colon + 1) : null;
        }
        if (port == null) {
            port = "connect".equals(protocol) ? "3128" : "1080";
        }
        return new ProxySpec(host, port, protocol, user);
    }
}
