package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The request head as h2h3.c takes it apart, and as -v then shows it. */
class H2h3RequestTest {
    private static String fields(H2h3Request r) {
        StringBuilder b = new StringBuilder();
        for (String[] f : r.fields()) {
            b.append(f[0]).append(": ").append(f[1]).append('\n');
        }
        return b.toString();
    }

    @Test
    void hostBecomesTheAuthorityBeforeTheRestAndNamesAreLowered() {
        H2h3Request r = H2h3Request.of("GET /a b?c HTTP/1.1\r\nX-First: 1\r\nHost: lab.test:8443\r\nUser-Agent: curl/7.88.1\r\n"
                + "Accept: */*\r\n\r\n", true);
        assertEquals(":method: GET\n:path: /a b?c\n:scheme: https\n:authority: lab.test:8443\nx-first: 1\n"
                + "user-agent: curl/7.88.1\naccept: */*\n", fields(r));
        assertEquals("GET /a b?c HTTP/2\r\nx-first: 1\r\nHost: lab.test:8443\r\nuser-agent: curl/7.88.1\r\n"
                + "accept: */*\r\n\r\n", r.shown());
    }

    @Test
    void connectionFieldsAreShownButNotSentAndTeOnlyAsTrailers() {
        H2h3Request r = H2h3Request.of("POST / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive\r\nTE: gzip, trailers\r\n"
                + "Transfer-Encoding: chunked\r\nUpgrade: x\r\nKeep-Alive: 1\r\nProxy-Connection: y\r\n\r\n", false);
        assertEquals(":method: POST\n:path: /\n:scheme: http\n:authority: h\nte: trailers\n", fields(r));
        assertEquals("POST / HTTP/2\r\nHost: h\r\nconnection: keep-alive\r\nte: gzip, trailers\r\n"
                + "transfer-encoding: chunked\r\nupgrade: x\r\nkeep-alive: 1\r\nproxy-connection: y\r\n\r\n", r.shown());
    }

    @Test
    void noHostNoAuthority() {
        assertEquals(":method: GET\n:path: /\n:scheme: http\naccept: */*\n",
                fields(H2h3Request.of("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", false)));
    }
}
