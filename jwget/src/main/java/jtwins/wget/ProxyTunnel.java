package jtwins.wget;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** http.c's proxy side: Basic Proxy-Authorization, and the CONNECT tunnel an https URL goes through. */
final class ProxyTunnel {
    private final WgetSettings s;
    private final WgetLog log;

    ProxyTunnel(WgetSettings s, WgetLog log) {
        this.s = s;
        this.log = log;
    }

    /** --proxy-user/--proxy-password, or the proxy URL's own user and password: Basic, sent at once. */
    static String authorization(WgetSettings s, WgetUrl proxy) {
        String user = s.string("proxyuser") != null ? s.string("proxyuser") : proxy.user();
        String password = s.string("proxypassword") != null ? s.string("proxypassword") : proxy.password();
        if (user == null || password == null) {
            return null;
        }
        return RequestHead.basic(user, password);
    }

    /** The CONNECT request that opens a tunnel through the proxy for https; null when it is open. */
    Uerr open(IdleWire plain, WgetUrl u, WgetUrl proxy) throws IOException {
        StringBuilder connect = new StringBuilder("CONNECT " + u.host() + ":" + u.port() + " HTTP/1.1\r\n");
        connect.append("Host: ").append(u.host()).append(':').append(u.port()).append("\r\n");
        String auth = authorization(s, proxy);
        if (auth != null) {
            connect.append("Proxy-Authorization: ").append(auth).append("\r\n");
        }
        connect.append("\r\n");
        try {
            plain.write(ByteBuffer.wrap(connect.toString().getBytes(StandardCharsets.ISO_8859_1)));
            String head = new HeadReader(plain).read();
            ResponseHead resp = head == null ? null : ResponseHead.parse(head);
            if (resp == null || resp.statcode < 200 || resp.statcode >= 300) {
                // wget's line has no newline: http_loop's "Unable to establish SSL connection." ends it
                log.notQuiet("Proxy tunneling failed: " + (resp == null ? "No data received" : resp.message));
                return Uerr.CONSSLERR;
            }
        } catch (IOException e) {
            log.notQuiet("Proxy tunneling failed: " + HttpTry.errorText(e));
            return Uerr.CONSSLERR;
        }
        return null;
    }
}
