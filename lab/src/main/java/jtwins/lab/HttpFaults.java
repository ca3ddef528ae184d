package jtwins.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * HTTP servers that misbehave on purpose, for the curl and wget rows: each reads the request (head and
 * a Content-Length body), then answers in one chosen way — whole, stalled part-way, cut short, dripped,
 * redirected, or with the request itself as the body so a test can compare what two clients sent.
 */
final class HttpFaults {
    private HttpFaults() {
    }

    static byte[] response(String statusLine, String extraHeaders, byte[] body) {
        String head = statusLine + "\r\n" + extraHeaders + "Content-Length: " + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    static byte[] text(String statusLine, String body) {
        return response(statusLine, "Content-Type: text/plain\r\n", body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The response, then close (or, with stallAfter >= 0, only its first bytes, then silence). */
    static TcpFaultServer.Behaviour answer(byte[] response, int stallAfter) {
        return c -> {
            readRequest(c.getInputStream());
            OutputStream out = c.getOutputStream();
            if (stallAfter >= 0) {
                out.write(response, 0, Math.min(stallAfter, response.length));
                out.flush();
                return;
            }
            out.write(response);
            out.flush();
            c.close();
        };
    }

    /**
     * One request answered on a connection left open, then closed 300 ms later with whatever came
     * next unread: a client that sends its next request on it meanwhile gets no answer.
     */
    static TcpFaultServer.Behaviour answerOnceThenReset(byte[] response) {
        return c -> {
            readRequest(c.getInputStream());
            c.getOutputStream().write(response);
            c.getOutputStream().flush();
            Thread.sleep(300);
            c.close();
        };
    }

    /** The first bytes of the response, then close: a body shorter than its Content-Length. */
    static TcpFaultServer.Behaviour cutShort(byte[] response, int closeAfter) {
        return c -> {
            readRequest(c.getInputStream());
            c.getOutputStream().write(response, 0, closeAfter);
            c.getOutputStream().flush();
            c.close();
        };
    }

    /** Headers for a body of count chunks, then one chunk every interval: a slow body. */
    static TcpFaultServer.Behaviour drip(byte[] chunk, long intervalMillis, int count) {
        return c -> {
            readRequest(c.getInputStream());
            OutputStream out = c.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + chunk.length * count + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < count; i++) {
                out.write(chunk);
                out.flush();
                Thread.sleep(intervalMillis);
            }
            c.close();
        };
    }

    /** 200 with the request as received (head and body) as its body. */
    static TcpFaultServer.Behaviour echoRequest() {
        return echoRequest(false);
    }

    /** As echoRequest(), answering "100 Continue" first when the request asks with Expect:. */
    static TcpFaultServer.Behaviour echoRequest(boolean continue100) {
        return c -> {
            byte[] request = readRequest(c.getInputStream(), continue100 ? c.getOutputStream() : null);
            c.getOutputStream().write(response("HTTP/1.1 200 OK", "", request));
            c.getOutputStream().flush();
            c.close();
        };
    }

    /**
     * A relative redirect with spaces and dot segments ("../moo.html/?name=d a niel", trailing blanks
     * and all, and "Connection: close"); where it leads, the request is echoed.
     */
    static TcpFaultServer.Behaviour relativeRedirect() {
        return c -> {
            byte[] request = readRequest(c.getInputStream());
            String first = new String(request, StandardCharsets.ISO_8859_1);
            byte[] answer = first.startsWith("GET /a/moo") ? response("HTTP/1.1 200 OK", "", request)
                    : response("HTTP/1.1 302 Found", "Location: ../moo.html/?name=d a niel&x=/1   \r\n"
                            + "Connection: close\r\n", new byte[0]);
            c.getOutputStream().write(answer);
            c.getOutputStream().flush();
            c.close();
        };
    }

    /** Every request: a 302 whose Location is a file:// URL. */
    static TcpFaultServer.Behaviour fileRedirect() {
        return c -> {
            readRequest(c.getInputStream());
            c.getOutputStream().write(response("HTTP/1.1 302 Found", "Location: file:///etc/hostname\r\n"
                    + "Connection: close\r\n", new byte[0]));
            c.getOutputStream().flush();
            c.close();
        };
    }

    /** "/" redirects to "/final" (or every path to "/again" when looping); "/final" answers 200. */
    static TcpFaultServer.Behaviour redirect(int status, boolean loop) {
        return c -> {
            byte[] request = readRequest(c.getInputStream());
            String first = new String(request, StandardCharsets.ISO_8859_1);
            String path = first.substring(first.indexOf(' ') + 1, first.indexOf(' ', first.indexOf(' ') + 1));
            // "Connection: close", as the server does close: otherwise curl may try to reuse the connection
            // for the next request and, finding it closed, retry on a fresh one — a race, not a behaviour
            byte[] answer = !loop && path.equals("/final") ? text("HTTP/1.1 200 OK", "landed\n")
                    : response("HTTP/1.1 " + status + " Moved", "Location: " + (loop ? "/again" : "/final")
                            + "\r\nConnection: close\r\n", "moved\n".getBytes(StandardCharsets.ISO_8859_1));
            c.getOutputStream().write(answer);
            c.getOutputStream().flush();
            c.close();
        };
    }

    /**
     * A connection that serves request after request: "/" is a 302 to "/final" on the same
     * connection, "/final" answers 200; the server closes only when the client does.
     */
    static TcpFaultServer.Behaviour keepAliveRedirect() {
        return c -> {
            while (true) {
                byte[] request = readRequest(c.getInputStream());
                if (request.length == 0) {
                    break;
                }
                String first = new String(request, StandardCharsets.ISO_8859_1);
                String path = first.substring(first.indexOf(' ') + 1, first.indexOf(' ', first.indexOf(' ') + 1));
                byte[] answer = path.equals("/final") ? text("HTTP/1.1 200 OK", "landed\n")
                        : response("HTTP/1.1 302 Found", "Location: /final\r\n", "moved\n".getBytes(StandardCharsets.ISO_8859_1));
                c.getOutputStream().write(answer);
                c.getOutputStream().flush();
            }
            c.close();
        };
    }

    /**
     * 80 bytes that honour a Range: a request without one gets the first 30 and then silence, a
     * request for "bytes=30-" gets a 206 with the other 50: a retry or -c continues the file.
     */
    static TcpFaultServer.Behaviour resumable() {
        byte[] body = "0123456789".repeat(8).getBytes(StandardCharsets.ISO_8859_1);
        return c -> {
            String request = new String(readRequest(c.getInputStream()), StandardCharsets.ISO_8859_1);
            OutputStream out = c.getOutputStream();
            if (request.contains("\r\nRange: bytes=30-\r\n")) {
                out.write(response("HTTP/1.1 206 Partial Content", "Content-Range: bytes 30-79/80\r\n",
                        java.util.Arrays.copyOfRange(body, 30, 80)));
                out.flush();
                c.close();
                return;
            }
            byte[] whole = response("HTTP/1.1 200 OK", "", body);
            out.write(whole, 0, whole.length - 50);
            out.flush();
        };
    }

    /** A chunked body in three chunks. */
    static byte[] chunked() {
        return ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "6\r\nhello \r\n6\r\nchunky\r\n1\r\n\n\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] gzipped(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        return response("HTTP/1.1 200 OK", "Content-Encoding: gzip\r\n", bytes.toByteArray());
    }

    static byte[] readRequest(InputStream in) throws IOException {
        return readRequest(in, null);
    }

    /**
     * The request head up to its blank line, and a body of Content-Length bytes after it; with an
     * output given, a head with "Expect: 100-continue" is answered "100 Continue" before the body.
     */
    private static byte[] readRequest(InputStream in, OutputStream continueTo) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int state = 0;
        int b;
        while (state < 4 && (b = in.read()) >= 0) {
            seen.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) ? state + 1
                    : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : (b == '\r' ? 1 : 0);
        }
        String head = seen.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).strip());
            }
            if (continueTo != null && line.equalsIgnoreCase("Expect: 100-continue")) {
                continueTo.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                continueTo.flush();
            }
        }
        if (head.toLowerCase(java.util.Locale.ROOT).contains("\r\ntransfer-encoding: chunked")) {
            // a chunked body: up to the last, empty chunk and its blank line
            int end = 0;
            while (end < 5 && (b = in.read()) >= 0) {
                seen.write(b);
                end = "0\r\n\r\n".charAt(end) == b ? end + 1 : b == '0' ? 1 : 0;
            }
            return seen.toByteArray();
        }
        seen.write(in.readNBytes(length));
        return seen.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * Request after request on one connection, each echoed back as a 200's body, until the client
     * closes: whether a client reuses the connection shows in %{num_connects}.
     */
    static TcpFaultServer.Behaviour keepAliveEcho() {
        return serveEach(request -> response("HTTP/1.1 200 OK", "", request));
    }

    /** Request after request on one connection, each answered as the function says, until the client closes. */
    static TcpFaultServer.Behaviour serveEach(java.util.function.UnaryOperator<byte[]> answer) {
        return c -> {
            while (true) {
                byte[] request = readRequest(c.getInputStream());
                if (request.length == 0) {
                    break;
                }
                c.getOutputStream().write(answer.apply(request));
                c.getOutputStream().flush();
            }
            c.close();
        };
    }

    /**
     * "/" sets cookies (a plain one, one for a path, one for another domain, one expired, a secure
     * one) and redirects to "/next/page", which echoes the request: what a cookie engine sends back.
     */
    static TcpFaultServer.Behaviour cookieRedirect() {
        return c -> {
            byte[] request = readRequest(c.getInputStream());
            String first = new String(request, StandardCharsets.ISO_8859_1);
            byte[] answer = first.startsWith("GET /next") ? response("HTTP/1.1 200 OK", "Connection: close\r\n", request)
                    : response("HTTP/1.1 302 Found", "Set-Cookie: plain=one\r\n"
                            + "Set-Cookie: pathed=two; path=/next\r\n"
                            + "Set-Cookie: elsewhere=three; domain=other.lab.test\r\n"
                            + "Set-Cookie: gone=four; expires=Thu, 01 Jan 1998 00:00:00 GMT\r\n"
                            + "Set-Cookie:  spaced = five six ; path=/; secure\r\n"
                            + "Set-Cookie: dated=seven; expires=Fri, 13 Feb 2037 11:56:27 GMT; HttpOnly\r\n"
                            + "Location: /next/page\r\nConnection: close\r\n", new byte[0]);
            c.getOutputStream().write(answer);
            c.getOutputStream().flush();
            c.close();
        };
    }

    /**
     * A proxy's answer to each request: cookies for a public suffix of the ICANN list, of its private
     * part, of an unknown top-level domain, and for names below them, which a PSL build keeps or drops.
     */
    static TcpFaultServer.Behaviour suffixCookies() {
        return serveEach(request -> response("HTTP/1.1 200 OK", "Set-Cookie: icann=1; domain=co.uk\r\n"
                + "Set-Cookie: below=2; domain=example.co.uk\r\n"
                + "Set-Cookie: private=3; domain=github.io\r\n"
                + "Set-Cookie: tld=4; domain=.test\r\n"
                + "Set-Cookie: unknown=5; domain=lab.test\r\n"
                + "Set-Cookie: self=6; domain=www.example.co.uk\r\n"
                + "Set-Cookie: host=7\r\n", new byte[0]));
    }

    /** 401 with a Basic challenge (after another scheme's) until a request carries Authorization; then the echo. */
    static TcpFaultServer.Behaviour basicAuth() {
        return serveEach(request -> new String(request, StandardCharsets.ISO_8859_1).contains("\r\nAuthorization: ")
                ? response("HTTP/1.1 200 OK", "", request)
                : response("HTTP/1.1 401 Who are you", "WWW-Authenticate: X-Other realm=\"a\", Basic realm=\"lab\"\r\n",
                        "not yet\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** A Digest challenge (RFC 2069: no qop, so the answer is the same each run) until an Authorization comes; then the request echoed. */
    static TcpFaultServer.Behaviour digestAuth() {
        return serveEach(request -> new String(request, StandardCharsets.ISO_8859_1).contains("\r\nAuthorization: ")
                ? response("HTTP/1.1 200 OK", "", request)
                : response("HTTP/1.1 401 Who are you", "WWW-Authenticate: Basic realm=\"b\", Digest realm=\"lab\", "
                        + "nonce=\"5ccc069c403ebaf9f0171e9517f40e41\", opaque=\"x1\"\r\n",
                        "not yet\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Accepts and reads the request, then closes without a byte: "Empty reply from server". */
    static TcpFaultServer.Behaviour closeAfterRequest() {
        return c -> {
            readRequest(c.getInputStream());
            c.close();
        };
    }
}
