package jtwins.wget;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import jtwins.common.Errno;

/**
 * http.c's gethttp(): one try at one URL, in its steps: the connection (HttpConnect: reused, or looked
 * up, connected, tunnelled, TLS), the request, the response's head under the idle timer, the 401
 * challenge answered once, what the status says (a redirect, 304, an error), and for a success the
 * body into its file (BodyDownload). What went wrong is left in the HttpState and the result for
 * http_loop.
 */
final class HttpTry {
    /** A step ended the try with this result. */
    static final class Ended extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Uerr result;

        Ended(Uerr result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** The response as read: its head, the body still to read or skip, and whether the connection may stay. */
    private record Response(Wire wire, WgetUrl peer, ResponseHead head, BodyReader body, boolean keepAlive,
                            long contentLength) {
    }

    private final Session session;
    private final WgetSettings s;
    private final WgetLog log;

    HttpTry(Session session) {
        this.session = session;
        this.s = session.settings;
        this.log = session.log;
    }

    Uerr run(WgetUrl u, HttpState hs, String method, byte[] body, boolean headOnly) throws IOException {
        hs.newLocation = null;
        hs.retrOk = false;
        hs.rdSize = 0;
        hs.readError = false;
        hs.len = hs.restval;
        hs.contlen = -1;
        try {
            WgetUrl proxy = proxy(u);
            // through a proxy: the connection goes to the proxy; https is tunnelled with CONNECT
            WgetUrl peer = proxy != null ? proxy : u;
            boolean viaHttpProxy = proxy != null && !u.scheme().equals("https");
            HttpConnect connect = new HttpConnect(session);
            boolean authTried = false;
            while (true) {
                Wire wire = connect.open(u, peer, proxy);
                send(wire, request(u, hs, method, body, authTried, viaHttpProxy ? proxy : null), body);
                log.verbose((viaHttpProxy ? "Proxy" : "HTTP") + " request sent, awaiting response... ");
                Response response = readResponse(wire, peer, hs);
                if (response.head().statcode != 401) {
                    return answer(response, hs, headOnly);
                }
                challenged(u, response, authTried);
                authTried = true;
            }
        } catch (Ended e) {
            return e.result;
        }
    }

    /** The proxy the URL goes through, or null; a proxy URL that does not parse ends the try. */
    private WgetUrl proxy(WgetUrl u) throws Ended {
        try {
            return ProxyChoice.forUrl(s, u);
        } catch (WgetUrl.Invalid e) {
            log.notQuiet("Error parsing proxy URL " + s.string(u.scheme() + "proxy") + ": " + e.getMessage() + ".\n");
            throw new Ended(Uerr.CONIMPOSSIBLE);
        }
    }

    /** request_send(): the head and the body in one write; "Failed writing HTTP request", WRITEFAILED. */
    private void send(Wire wire, RequestHead request, byte[] body) throws Ended, IOException {
        try {
            byte[] headBytes = request.bytes();
            ByteBuffer out = ByteBuffer.allocate(headBytes.length + (body == null ? 0 : body.length));
            out.put(headBytes);
            if (body != null) {
                out.put(body);
            }
            wire.write(out.flip());
        } catch (IOException e) {
            log.notQuiet("Failed writing HTTP request: " + errorText(e) + ".\n");
            wire.close();
            throw new Ended(Uerr.WRITEFAILED);
        }
    }

    /**
     * read_http_response_head() and resp_new(): a 1xx head is read and passed over ("Ignoring
     * response"), the next one read; -S shows it; keep-alive, Content-Length and chunking decided.
     */
    private Response readResponse(Wire wire, WgetUrl peer, HttpState hs) throws Ended, IOException {
        HeadReader head = new HeadReader(wire);
        ResponseHead resp;
        do {
            String headText;
            try {
                headText = head.read();
            } catch (IOException e) {
                wire.close();
                log.notQuiet("Read error (" + errorText(e) + ") in headers.\n");
                throw new Ended(Uerr.HERR);
            }
            if (headText == null) {
                wire.close();
                log.notQuiet("No data received.\n");
                throw new Ended(Uerr.HEOF);
            }
            if (head.isHttp09()) {
                resp = new ResponseHead();
                resp.http09 = true;
                resp.statcode = 200;
                resp.message = "No headers, assuming HTTP/0.9";
            } else {
                resp = ResponseHead.parse(headText);
            }
            if (resp.statcode < 0) {
                log.verbose(resp.statcode + "\n");
                log.notQuiet(Dates.now() + " ERROR " + resp.statcode + ": Malformed status line.\n");
                wire.close();
                throw new Ended(Uerr.HERR);
            }
        } while (resp.statcode >= 100 && resp.statcode < 200);
        if (s.bool("serverresponse") && !resp.http09) {
            log.verbose("\n");
            for (String line : resp.lines) {
                log.put(WgetLog.Level.ALWAYS, "  " + line + "\n");
            }
        }
        if (!s.bool("serverresponse") || resp.http09) {
            log.verbose(RateText.pad(Integer.toString(resp.statcode), 2) + " " + resp.message + "\n");
        }
        hs.statcode = resp.statcode;
        hs.message = resp.message;
        boolean keepAlive = !resp.http09 && s.bool("httpkeepalive")
                && !resp.headerContains("Connection", "close")
                && (!resp.http10 || resp.headerContains("Connection", "keep-alive"));
        long contentLength = -1;
        String cl = resp.header("Content-Length");
        if (cl != null && !s.bool("ignorelength")) {
            try {
                contentLength = Long.parseLong(cl.strip());
            } catch (NumberFormatException bad) {
                contentLength = -1;
            }
        }
        boolean chunked = resp.headerContains("Transfer-Encoding", "chunked");
        if (chunked) {
            contentLength = -1;
        }
        return new Response(wire, peer, resp, new BodyReader(wire, head.leftover(), contentLength, chunked), keepAlive,
                contentLength);
    }

    /**
     * A 401: answered once with Basic credentials when the server asks for Basic and there are some
     * (the loop then sends the request again); otherwise AUTHFAILED.
     */
    private void challenged(WgetUrl u, Response r, boolean authTried) throws Ended, IOException {
        String user = s.string("httpuser") != null ? s.string("httpuser") : s.string("user");
        String password = s.string("httppassword") != null ? s.string("httppassword") : s.string("password");
        if (u.user() != null) {
            user = u.user();
            password = u.password();
        }
        boolean reused = skipBody(r);
        String challenge = r.head().header("WWW-Authenticate");
        if (!reused) {
            r.wire().close();
        }
        if (!authTried && user != null && password != null && challenge != null
                && challenge.regionMatches(true, 0, "Basic", 0, 5)) {
            log.verbose("Authentication selected: " + challenge + "\n");
            return;
        }
        throw new Ended(Uerr.AUTHFAILED);
    }

    /** What the status says: a redirect, 304, a local file the server did not replace, an error, or the body to save. */
    private Uerr answer(Response r, HttpState hs, boolean headOnly) throws IOException {
        ResponseHead resp = r.head();
        String type = resp.header("Content-Type");
        if (type != null) {
            int semi = type.indexOf(';');
            type = (semi >= 0 ? type.substring(0, semi) : type).strip();
        }
        hs.contentType = type;
        boolean redirect = resp.statcode == 301 || resp.statcode == 302 || resp.statcode == 303
                || resp.statcode == 307 || resp.statcode == 308;
        String location = resp.header("Location");
        if (redirect && location != null) {
            log.verbose("Location: " + location + " [following]\n");
            hs.newLocation = location;
            discardBody(r);
            return resp.statcode == 307 || resp.statcode == 308 ? Uerr.NEWLOCATION_KEEP_POST : Uerr.NEWLOCATION;
        }
        hs.lastModified = resp.header("Last-Modified");
        if (resp.statcode == 304 && hs.ifModifiedSince != null) {
            discardBody(r);
            hs.retrOk = true;
            log.verbose("File " + Quote.of(hs.localFile) + " not modified on server. Omitting download.\n\n");
            return Uerr.NOT_RETRIEVED;
        }
        // the server ignored If-Modified-Since: wget still keeps a local file that is as new and as long
        if (hs.ifModifiedSince != null && resp.statcode == 200 && !Timestamps.newer(hs.lastModified, hs.localFile)
                && r.contentLength() == new File(hs.localFile).length()) {
            discardBody(r);
            hs.retrOk = true;
            log.verbose("Server ignored If-Modified-Since header for file " + Quote.of(hs.localFile) + ".\n"
                    + "You might want to add --no-if-modified-since option.\n\n");
            return Uerr.NOT_RETRIEVED;
        }
        if (resp.statcode < 200 || resp.statcode >= 300) {
            discardBody(r);
            return Uerr.RETRFINISHED;
        }
        hs.retrOk = true;
        boolean partial = resp.statcode == 206 && hs.restval > 0;
        if (!partial) {
            hs.restval = 0;
            hs.len = 0;
        }
        if (r.contentLength() >= 0) {
            hs.contlen = r.contentLength() + (partial ? hs.restval : 0);
        }
        lengthLine(hs, r.contentLength(), partial, type);
        if (headOnly) {
            discardBody(r);
            return Uerr.RETRFINISHED;
        }
        return save(r, hs, partial);
    }

    /** The body into -O's stream or the local file; the connection kept when the body came whole. */
    private Uerr save(Response r, HttpState hs, boolean partial) throws IOException {
        BodySink sink;
        if (session.outputDocument != null) {
            sink = BodySink.shared(session.outputDocument);
        } else {
            makeDirectories(hs.localFile);
            try {
                sink = BodySink.file(hs.localFile, partial);
            } catch (IOException e) {
                hs.readErrorText = errorText(e);
                log.notQuiet(hs.localFile + ": " + hs.readErrorText + "\n");
                r.wire().close();
                return Uerr.FOPENERR;
            }
        }
        log.verbose("Saving to: " + Quote.of(session.outputToStdout ? "STDOUT" : hs.localFile) + "\n");
        Uerr result = new BodyDownload(session).read(r.body(), sink, hs, partial);
        sink.close();
        if (result == Uerr.RETRFINISHED && r.keepAlive() && r.body().complete()) {
            session.keep(r.wire(), r.peer().host(), r.peer().port());
        } else {
            r.wire().close();
        }
        return result;
    }

    /** A body nobody saves: skipped so the connection can stay when it is short, the connection closed otherwise. */
    private void discardBody(Response r) throws IOException {
        if (!skipBody(r)) {
            r.wire().close();
        }
    }


    private RequestHead request(WgetUrl u, HttpState hs, String method, byte[] body, boolean withAuth, WgetUrl proxy) {
        // a proxy is asked for the whole URL, without its user and password
        RequestHead r = new RequestHead(method, proxy != null ? u.scheme() + "://" + u.hostPort() + u.target() : u.target());
        r.set("Host", u.hostPort());
        if (hs.ifModifiedSince != null) {
            r.set("If-Modified-Since", hs.ifModifiedSince);
        }
        if (s.string("referer") != null) {
            r.set("Referer", s.string("referer"));
        }
        if (hs.restval > 0) {
            r.set("Range", "bytes=" + hs.restval + "-");
        }
        r.set("User-Agent", s.string("useragent") != null ? s.string("useragent") : "Wget/1.21.3");
        r.set("Accept", "*/*");
        r.set("Accept-Encoding", "identity");
        String user = u.user() != null ? u.user() : s.string("httpuser") != null ? s.string("httpuser") : s.string("user");
        String password = u.user() != null ? u.password()
                : s.string("httppassword") != null ? s.string("httppassword") : s.string("password");
        String basic = user != null && password != null ? RequestHead.basic(user, password) : null;
        if (basic != null && s.bool("authnochallenge")) {
            r.set("Authorization", basic);
        }
        r.set("Connection", s.bool("httpkeepalive") ? "Keep-Alive" : "Close");
        if (proxy != null) {
            if (s.bool("httpkeepalive")) {
                r.set("Proxy-Connection", "Keep-Alive");
            }
            String proxyAuth = ProxyTunnel.authorization(s, proxy);
            if (proxyAuth != null) {
                r.set("Proxy-Authorization", proxyAuth);
            }
        }
        if (body != null) {
            if (method.equals("POST") || s.string("bodydata") != null) {
                r.set("Content-Type", "application/x-www-form-urlencoded");
            }
            r.set("Content-Length", Integer.toString(body.length));
        } else if (s.string("method") != null && !method.equals("GET") && !method.equals("HEAD")) {
            r.set("Content-Length", "0");
        }
        for (String h : s.headers) {
            r.setUser(h);
        }
        if (basic != null && withAuth) {
            // after a challenge the header joins the request already built, at its end
            r.set("Authorization", basic);
        }
        return r;
    }


    /** mkdirhier(): -P's directory made when the file is opened; a failure is said, the open then fails. */
    private void makeDirectories(String file) {
        Path parent = Path.of(file).getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            log.notQuiet(parent + ": " + errorText(e) + "\n");
        }
    }


    /** "Length: 300000 (293K) [text/plain]", or "unspecified", or the part still to come after a 206. */
    private void lengthLine(HttpState hs, long contentLength, boolean partial, String type) {
        StringBuilder line = new StringBuilder("Length: ");
        if (contentLength >= 0) {
            long whole = contentLength + (partial ? hs.restval : 0);
            line.append(whole);
            if (whole >= 1024) {
                line.append(" (").append(RateText.human(whole)).append(')');
            }
            if (partial) {
                line.append(", ").append(contentLength);
                if (contentLength >= 1024) {
                    line.append(" (").append(RateText.human(contentLength)).append(')');
                }
                line.append(" remaining");
            }
        } else {
            line.append(s.bool("ignorelength") ? "ignored" : "unspecified");
        }
        line.append(type != null ? " [" + type + "]\n" : "\n");
        log.verbose(line.toString());
    }


    /**
     * skip_short_body: a body nobody saves is read off a kept-alive connection when it is short, so
     * that the connection can serve the next request; true when the connection was kept.
     */
    private boolean skipBody(Response r) {
        BodyReader body = r.body();
        if (!r.keepAlive() || body.declaredLength() < 0 && !body.chunked() || body.declaredLength() > 4096) {
            return false;
        }
        byte[] buf = new byte[4096];
        try {
            while (body.read(buf) >= 0) {
                // discarded
            }
        } catch (IOException e) {
            return false;
        }
        session.keep(r.wire(), r.peer().host(), r.peer().port());
        return true;
    }


    static String errorText(IOException e) {
        if (e instanceof IdleWire.IdleTimeout) {
            return Errno.ETIMEDOUT.text();
        }
        return Errno.of(e).text();
    }
}
