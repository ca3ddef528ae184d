package jtwins.curl;

import java.io.IOException;
import java.util.List;

/**
 * A tunnel through an HTTP proxy (lib/http_proxy.c CONNECT()): an https:// URL always, an http://
 * one with -p. CONNECT host:port (HTTP/1.0 with --proxy1.0), Host:, Proxy-Authorization:,
 * User-Agent:, Proxy-Connection:, then --proxy-header's headers (-H's when there are none); inside
 * the connect clock. The proxy's answer is shown, dumped with -D and written with -i like any other
 * head; a 407 the proxy's authentication can answer sends the CONNECT again, on the same connection
 * when the proxy keeps it.
 */
final class ProxyTunnel {
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final HeaderDump dump;
    private final TransferInfo info;
    private final HttpAuth auth;

    ProxyTunnel(CurlConfig config, TransferPulse pulse, DebugTrace verbose, HeaderDump dump, TransferInfo info,
                HttpAuth auth) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.dump = dump;
        this.info = info;
        this.auth = auth;
    }

    /**
     * The CONNECTs and their answers, whose last status is %{http_connect} and whose heads count in
     * %{size_header}; false when the proxy closed the connection in the middle of authenticating,
     * so that a new one is to be made.
     */
    boolean open(Wire wire, CurlUrl url, CurlUrl proxy, BodySink headerSink) throws IOException, TransferFailed {
        String authority = (url.ipv6Literal() ? "[" + url.host() + "]" : url.host()) + ":" + url.port();
        List<String> headers = config.proxyHeaders.isEmpty() ? config.headers : config.proxyHeaders;
        String proxyUser = RequestHead.proxyCredentials(config, proxy);
        // tunnel_init(), once for each connection the tunnel is tried on
        verbose.info("allocate connect buffer");
        while (true) {
            verbose.info("Establish HTTP proxy tunnel to " + authority);
            StringBuilder head = new StringBuilder("CONNECT " + authority + (config.proxy10 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\n"));
            if (!RequestHead.names(headers, "Host")) {
                head.append("Host: ").append(authority).append("\r\n");
            }
            // Curl_http_output_auth(..., proxytunnel TRUE): the proxy's line goes; the server's is made and kept back
            for (String line : auth.output("CONNECT", true, authority, null, HttpAuth.Login.of(proxyUser), true, false,
                    config.headers, headers, verbose)) {
                head.append(line).append("\r\n");
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
            exchange.noBody(true);
            exchange.connectAnswer();
            // --suppress-connect-headers: the proxy's head reaches neither -D nor -i
            exchange.dumpHeadersTo(config.suppressConnectHeaders ? null : dump);
            exchange.send(head.toString(), null);
            ResponseHead response = exchange.readHead(config.include && !config.suppressConnectHeaders ? headerSink : null);
            info.httpConnect = response.status;
            info.sizeHeader += response.headerBytes;
            if (response.status / 100 == 2) {
                verbose.info("CONNECT phase completed");
                verbose.info("CONNECT tunnel established, response " + response.status);
                return true;
            }
            for (String[] f : response.fields) {
                if (response.status == 407 && f[0].equals("proxy-authenticate")) {
                    auth.input(true, f[1], verbose);
                }
            }
            boolean again = auth.act(response.status, false, proxyUser != null);
            if (!again) {
                throw new TransferFailed(CurlCode.RECV_ERROR, "CONNECT tunnel failed, response " + response.status);
            }
            boolean closes = response.closesConnection() || (!response.chunked() && response.contentLength() < 0);
            if (closes) {
                // the proxy ends this connection: CONNECT() closes its filter and connects anew
                verbose.info("Connect me again please");
                return false;
            }
            if (response.contentLength() > 0) {
                verbose.info("Ignore " + response.contentLength() + " bytes of response-body");
            } else if (response.chunked()) {
                verbose.info("Ignore chunked response-body");
            }
            exchange.readBody(response, BodySink.discarding());
        }
    }
}
