package jtwins.curl;

import java.io.IOException;

/** An https:// URL through an HTTP proxy: CONNECT first (lib/http_proxy.c), inside the connect clock. */
final class ProxyTunnel {
    private ProxyTunnel() {
    }

    static void open(Wire wire, CurlUrl url, TransferPulse pulse, DebugTrace verbose) throws IOException, TransferFailed {
        String authority = (url.ipv6Literal() ? "[" + url.host() + "]" : url.host()) + ":" + url.port();
        verbose.info("Establish HTTP proxy tunnel to " + authority);
        String head = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\nUser-Agent: "
                + RequestHead.USER_AGENT + "\r\nProxy-Connection: Keep-Alive\r\n\r\n";
        HttpExchange exchange = new HttpExchange(wire, pulse, verbose);
        exchange.send(head, null);
        ResponseHead response = exchange.readHead(null);
        if (response.status / 100 != 2) {
            throw new TransferFailed(CurlCode.RECV_ERROR, "CONNECT tunnel failed, response " + response.status);
        }
        verbose.info("CONNECT phase completed");
    }
}
