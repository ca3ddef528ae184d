package jtwins.wget;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.List;

/**
 * http.c's gethttp(): one try at one URL. Connects (or reuses the kept-alive connection), sends the
 * request, reads the head under the idle timer, and for a success reads the body into its file with
 * the progress display. What went wrong is left in the HttpState and the result for http_loop.
 */
final class HttpTry {
    private static final int BUFFER = 16 * 1024;

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
        boolean authTried = false;
        WgetUrl proxy;
        try {
            proxy = ProxyChoice.forUrl(s, u);
        } catch (WgetUrl.Invalid e) {
            log.notQuiet("Error parsing proxy URL " + s.string(u.scheme() + "proxy") + ": " + e.getMessage() + ".\n");
            return Uerr.CONIMPOSSIBLE;
        }
        // through a proxy: the connection goes to the proxy; https is tunnelled with CONNECT
        WgetUrl peer = proxy != null ? proxy : u;
        boolean viaHttpProxy = proxy != null && !u.scheme().equals("https");
        while (true) {
            Wire wire = session.takeKept(peer.host(), peer.port());
            if (wire == null && u.scheme().equals("https")) {
                session.tls.init();
            }
            if (wire != null) {
                log.verbose("Reusing existing connection to " + peer.host() + ":" + peer.port() + ".\n");
            } else {
                List<InetAddress> addresses;
                try {
                    addresses = session.lookup.lookup(peer.host(), false);
                } catch (HostLookup.Failed e) {
                    log.notQuiet(session.program + ": unable to resolve host address " + Quote.of(peer.host()) + "\n");
                    return Uerr.HOSTERR;
                }
                SocketChannel channel;
                try {
                    channel = session.connector.connect(peer.host(), addresses, peer.port());
                } catch (Connector.Failed e) {
                    return retryable(e.errno) ? Uerr.CONERROR : Uerr.CONIMPOSSIBLE;
                }
                IdleWire plain = new IdleWire(channel, session.plan);
                wire = plain;
                if (u.scheme().equals("https")) {
                    if (proxy != null) {
                        Uerr tunnel = new ProxyTunnel(s, log).open(plain, u, proxy);
                        if (tunnel != null) {
                            plain.close();
                            return tunnel;
                        }
                    }
                    TlsWire tls;
                    try {
                        tls = TlsWire.handshake(plain, u.host(), u.port());
                    } catch (TlsWire.HandshakeFailed e) {
                        plain.close();
                        return Uerr.CONSSLERR;
                    }
                    if (!session.tls.accept(tls.peerChain(), u.host())) {
                        tls.close();
                        return Uerr.VERIFCERTERR;
                    }
                    wire = tls;
                }
            }
            RequestHead request = request(u, hs, method, body, authTried, viaHttpProxy ? proxy : null);
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
                return Uerr.WRITEFAILED;
            }
            log.verbose((viaHttpProxy ? "Proxy" : "HTTP") + " request sent, awaiting response... ");
            HeadReader head = new HeadReader(wire);
            ResponseHead resp;
            // gethttp(): a 1xx head is read and passed over ("Ignoring response"), the next one read
            do {
                String headText;
                try {
                    headText = head.read();
                } catch (IOException e) {
                    wire.close();
                    log.notQuiet("Read error (" + errorText(e) + ") in headers.\n");
                    return Uerr.HERR;
                }
                if (headText == null) {
                    wire.close();
                    log.notQuiet("No data received.\n");
                    return Uerr.HEOF;
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
                    return Uerr.HERR;
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
            BodyReader bodyReader = new BodyReader(wire, head.leftover(), contentLength, chunked);

            if (resp.statcode == 401) {
                String user = s.string("httpuser") != null ? s.string("httpuser") : s.string("user");
                String password = s.string("httppassword") != null ? s.string("httppassword") : s.string("password");
                if (u.user() != null) {
                    user = u.user();
                    password = u.password();
                }
                boolean reused = skipBody(bodyReader, keepAlive, wire, peer);
                String challenge = resp.header("WWW-Authenticate");
                if (!authTried && user != null && password != null && challenge != null
                        && challenge.regionMatches(true, 0, "Basic", 0, 5)) {
                    log.verbose("Authentication selected: " + challenge + "\n");
                    authTried = true;
                    if (!reused) {
                        wire.close();
                    }
                    continue;
                }
                if (!reused) {
                    wire.close();
                }
                return Uerr.AUTHFAILED;
            }

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
                if (!skipBody(bodyReader, keepAlive, wire, peer)) {
                    wire.close();
                }
                return resp.statcode == 307 || resp.statcode == 308 ? Uerr.NEWLOCATION_KEEP_POST : Uerr.NEWLOCATION;
            }
            hs.lastModified = resp.header("Last-Modified");
            if (resp.statcode == 304 && hs.ifModifiedSince != null) {
                if (!skipBody(bodyReader, keepAlive, wire, peer)) {
                    wire.close();
                }
                hs.retrOk = true;
                log.verbose("File " + Quote.of(hs.localFile) + " not modified on server. Omitting download.\n\n");
                return Uerr.NOT_RETRIEVED;
            }
            // the server ignored If-Modified-Since: wget still keeps a local file that is as new and as long
            if (hs.ifModifiedSince != null && resp.statcode == 200 && !Timestamps.newer(hs.lastModified, hs.localFile)
                    && contentLength == new java.io.File(hs.localFile).length()) {
                if (!skipBody(bodyReader, keepAlive, wire, peer)) {
                    wire.close();
                }
                hs.retrOk = true;
                log.verbose("Server ignored If-Modified-Since header for file " + Quote.of(hs.localFile) + ".\n"
                        + "You might want to add --no-if-modified-since option.\n\n");
                return Uerr.NOT_RETRIEVED;
            }
            boolean success = resp.statcode >= 200 && resp.statcode < 300;
            if (!success) {
                if (!skipBody(bodyReader, keepAlive, wire, peer)) {
                    wire.close();
                }
                return Uerr.RETRFINISHED;
            }
            hs.retrOk = true;
            boolean partial = resp.statcode == 206 && hs.restval > 0;
            if (!partial) {
                hs.restval = 0;
                hs.len = 0;
            }
            if (contentLength >= 0) {
                hs.contlen = contentLength + (partial ? hs.restval : 0);
            }
            lengthLine(hs, contentLength, partial, type);
            if (headOnly) {
                if (!skipBody(bodyReader, keepAlive, wire, peer)) {
                    wire.close();
                }
                return Uerr.RETRFINISHED;
            }
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
                    wire.close();
                    return Uerr.FOPENERR;
                }
            }
            log.verbose("Saving to: " + Quote.of(session.outputToStdout ? "STDOUT" : hs.localFile) + "\n");
            Uerr result = readBody(bodyReader, sink, hs, partial);
            sink.close();
            if (result == Uerr.RETRFINISHED && keepAlive && bodyReader.complete()) {
                session.keep(wire, peer.host(), peer.port());
            } else {
                wire.close();
            }
            return result;
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
        java.nio.file.Path parent = java.nio.file.Path.of(file).getParent();
        if (parent == null || java.nio.file.Files.isDirectory(parent)) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(parent);
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
     * fd_read_body: the body into the sink under the idle timer, with --limit-rate and the progress
     * display; a read error or an early end is recorded for http_loop's message.
     */
    private Uerr readBody(BodyReader body, BodySink sink, HttpState hs, boolean partial) throws IOException {
        Progress progress = progress(hs, partial);
        byte[] buf = new byte[BUFFER];
        long start = System.nanoTime();
        if (progress instanceof BarProgress) {
            body.tickEvery95Centiseconds(() -> progress.update(0, (System.nanoTime() - start) / 1e9));
        }
        double limit = s.real("limitrate");
        while (true) {
            int n;
            try {
                n = body.read(buf);
            } catch (IOException e) {
                hs.readError = true;
                hs.readErrorText = errorText(e);
                break;
            }
            if (n < 0) {
                break;
            }
            try {
                sink.write(buf, 0, n);
            } catch (IOException e) {
                hs.dltime = (System.nanoTime() - start) / 1e9;
                progress.finish(hs.dltime);
                hs.readErrorText = errorText(e);
                return Uerr.FWRITEERR;
            }
            hs.rdSize += n;
            hs.len += n;
            double elapsed = (System.nanoTime() - start) / 1e9;
            progress.update(n, elapsed);
            if (limit > 0) {
                limitBandwidth(hs.rdSize, elapsed, limit);
            }
        }
        body.tickEvery95Centiseconds(null);
        hs.dltime = (System.nanoTime() - start) / 1e9;
        progress.finish(hs.dltime);
        session.totalDownloadTime += hs.dltime;
        return Uerr.RETRFINISHED;
    }

    /** limit_bandwidth: sleep until the average rate is back under --limit-rate. */
    private static void limitBandwidth(long bytes, double elapsed, double limit) {
        double expected = bytes / limit;
        double slack = expected - elapsed;
        if (slack > 0.001) {
            try {
                Thread.sleep((long) (slack * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * set_progress_implementation(): the bar unless --progress says dot, and the dots anyway when
     * stderr is not a terminal or the log goes to a file (unless "bar:force").
     */
    private Progress progress(HttpState hs, boolean partial) {
        if (!progressShown()) {
            return Progress.NONE;
        }
        String type = s.string("progress") == null ? "bar" : s.string("progress");
        String name = type.contains(":") ? type.substring(0, type.indexOf(':')) : type;
        String params = type.contains(":") ? type.substring(type.indexOf(':') + 1) : null;
        long initial = partial ? hs.restval : 0;
        long total = hs.contlen > 0 ? hs.contlen : 0;
        if (name.equalsIgnoreCase("bar")) {
            boolean force = params != null && java.util.Arrays.asList(params.split(":")).contains("force");
            if (force || BarProgress.fits(log, s.given("showprogress"))) {
                return new BarProgress(log, session.outputToStdout ? "-" : hs.localFile, initial, total,
                        s.bool("reportspeed"));
            }
            params = null;
        }
        return new DotProgress(log, initial, total, params != null ? params : s.string("dotstyle"), s.bool("reportspeed"));
    }

    /** opt.show_progress: --show-progress decides when given; otherwise -q and -nv turn it off. */
    private boolean progressShown() {
        Boolean given = s.given("showprogress");
        return given != null ? given : log.verbose() && !log.quiet();
    }

    /**
     * skip_short_body: a body nobody saves is read off a kept-alive connection when it is short, so
     * that the connection can serve the next request; true when the connection was kept.
     */
    private boolean skipBody(BodyReader body, boolean keepAlive, Wire wire, WgetUrl peer) {
        if (!keepAlive || body.declaredLength() < 0 && !body.chunked() || body.declaredLength() > 4096) {
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
        session.keep(wire, peer.host(), peer.port());
        return true;
    }

    /** retryable_socket_connect_error: a refused or unreachable peer is final unless --retry-connrefused. */
    private boolean retryable(jtwins.common.Errno errno) {
        return switch (errno) {
            case ECONNREFUSED, ENETUNREACH, EHOSTUNREACH -> s.bool("retryconnrefused");
            default -> true;
        };
    }

    static String errorText(IOException e) {
        if (e instanceof IdleWire.IdleTimeout) {
            return jtwins.common.Errno.ETIMEDOUT.text();
        }
        return jtwins.common.Errno.of(e).text();
    }
}
