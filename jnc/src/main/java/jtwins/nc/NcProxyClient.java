package jtwins.nc;

import java.io.IOException;
import java.nio.channels.NetworkChannel;
import java.util.List;
import jtwins.common.Diagnostics;
import jtwins.common.Failure;
import jtwins.common.Resolver;
import jtwins.common.ServiceNames;
import jtwins.common.TimeoutPlan;

/**
 * nc -x: socks_connect() first connects to the proxy, exactly as to any host, so an unreachable proxy
 * answers as the original does (exit 1, and with -v the proxy's connect failure). Talking SOCKS or
 * HTTP CONNECT to a live proxy is not part of this twin yet and says so.
 */
final class NcProxyClient {
    private final NcOptions options;
    private final NcClient direct;

    NcProxyClient(NcSettings settings, NcOptions options, TimeoutPlan plan, Diagnostics diagnostics,
                  Resolver resolver, ServiceNames services) {
        this.options = options;
        this.direct = new NcClient(settings, options, plan, diagnostics, resolver, services);
    }

    int run(String host, List<String> ports) throws IOException {
        String proxy = options.proxy;
        String proxyHost;
        String proxyPort = null;
        if (proxy.startsWith("[")) {
            int close = proxy.indexOf(']');
            if (close < 0) {
                throw Failure.errx(1, "missing closing bracket in proxy");
            }
            proxyHost = proxy.substring(1, close);
            String rest = proxy.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw Failure.errx(1, "garbage proxy port delimiter");
                }
                proxyPort = rest.substring(1);
            }
        } else {
            int colon = proxy.lastIndexOf(':');
            proxyHost = colon >= 0 ? proxy.substring(0, colon) : proxy;
            proxyPort = colon >= 0 ? proxy.substring(colon + 1) : null;
        }
        if (proxyPort == null) {
            proxyPort = "connect".equalsIgnoreCase(options.proxyProtocol) ? "3128" : "1080";
        }
        int ret = 1;
        for (int i = 0; i < ports.size(); i++) {
            NetworkChannel s = direct.remoteConnect(proxyHost, proxyPort, "tcp");
            if (s == null) {
                continue;
            }
            s.close();
            throw Failure.errx(1, "proxy protocols (-x) are not supported by this twin yet");
        }
        return ret;
    }

}
