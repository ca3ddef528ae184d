package jtwins.curl;

import java.io.IOException;

/**
 * A tunnel through an HTTP proxy (lib/http_proxy.c): an https:// URL always, an http:// one with
 * -p. CONNECT host:port (HTTP/1.0 with --proxy1.0), Host:, Proxy-Authorization:, User-Agent:,
 * Proxy-Connection:, then --proxy-header's headers (-H's when there are none); inside the connect
 * clock. The proxy's answer is shown, dumped with -D and written with -i like any other head.
 */
final class ProxyTunnel {
    private ProxyTunnel() {
    }

    /** The CONNECT and its answer, whose status is %{http_connect} and whose head counts in %{size_header}. */
    static void open(Wire wire, CurlUrl url, CurlConfig config, CurlUrl proxy, TransferPulse pulse,
                     DebugTrace verbose, HeaderDump dump, BodySink headerSink, TransferInfo info)
            throws IOException, TransferFailed {
        String authority = (url.ipv6Literal() ? "[" + url.host() + "]" : url.host()) + ":" + url.port();
        verbose.info("Establish HTTP proxy tunnel to " + authority);
        StringBuilder head = new StringBuilder("CONNECT " + authority + (config.proxy10 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\n"));
        java.util.List<String> headers = config.proxyHeaders.isEmpty() ? config.headers : config.proxyHeaders;
        if (!RequestHead.names(headers, "Host")) {
            head.append("Host: ").append(authority).append("\r\n");
        }
        String credentials = RequestHead.proxyCredentials(config, proxy);
        if (credentials != null && !RequestHead.names(headers, "Proxy-authorization")) {
            head.append("Proxy-Authorization: Basic ").append(RequestHead.base64(credentials)).append("\r\n");
        }
        if (!RequestHead.names(headers, "User-Agent")) {
            head.append("User-Agent: ").append(config.userAgent == null ? RequestHead.USER_AGENT : config.userAgent)
                    .append("\r\n");
        }
        if (!RequestHead.names(headers, "Proxy-Connection")) {
            head.append("Proxy-Connection: Keep-Alive\r\n");
        }
        RequestHead.appendCustom(head, headers, true);
        head.append("\r\n");
        HttpExchange exchange = new HttpExchange(wire, pulse, verbose);
        // --suppress-connect-headers: the proxy's head reaches neither -D nor -i
        exchange.dumpHeadersTo(config.suppressConnectHeaders ? null : dump);
        exchange.send(head.toString(), null);
        ResponseHead response = exchange.readHead(config.include && !config.suppressConnectHeaders ? headerSink : null);
        info.httpConnect = response.status;
        info.sizeHeader += response.headerBytes;
        if (response.status / 100 == 2) {
            // lib/http_proxy.c: a tunnel's 2xx has no body, whatever its headers say
            if (response.value("content-length") != null) {
                verbose.info("Ignoring Content-Length in CONNECT " + response.status + " response");
            }
            if (response.value("transfer-encoding") != null) {
                verbose.info("Ignoring Transfer-Encoding in CONNECT " + response.status + " response");
            }
        }
        if (response.status / 100 != 2) {
            throw new TransferFailed(CurlCode.RECV_ERROR, "CONNECT tunnel failed, response " + response.status);
        }
        verbose.info("CONNECT phase completed");
    }
}
