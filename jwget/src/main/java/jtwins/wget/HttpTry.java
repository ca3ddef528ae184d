package jtwins.wget;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import jtwins.common.Errno;
import jtwins.common.trace.Trace;

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
            Auth auth = new Auth(u);
            // initialize_request() comes before the connection, the credentials it may send with it
            RequestHead request = request(u, hs, method, body, viaHttpProxy ? proxy : null, auth);
            while (true) {
                Wire wire = connect.open(u, peer, proxy);
                send(wire, request, body);
                log.verbose((viaHttpProxy ? "Proxy" : "HTTP") + " request sent, awaiting response... ");
                Response response = readResponse(wire, u, peer, hs);
                if (response.head().statcode != 401) {
                    return answer(u, response, hs, headOnly);
                }
                // retry_with_auth: the same request again, its Authorization set
                request.set("Authorization", challenged(u, response, auth, method));
                cookiesAndUserHeaders(request, u);
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
            log.debug("\n---request begin---\n" + new String(headBytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                    + "---request end---\n");
            if (body != null && s.string("bodydata") != null) {
                log.debug("[BODY data: " + s.string("bodydata") + "]\n");
            } else if (body != null && s.string("bodyfile") != null) {
                // body_file_send()
                log.debug("[writing BODY file " + s.string("bodyfile") + " ... done]\n");
            }
            ByteBuffer out = ByteBuffer.allocate(headBytes.length + (body == null ? 0 : body.length));
            out.put(headBytes);
            if (body != null) {
                out.put(body);
            }
            wire.write(out.flip());
            Trace.listener().requestSent(request.line());
        } catch (IOException e) {
            log.notQuiet("Failed writing HTTP request: " + errorText(e) + ".\n");
            session.closeInvalidate(wire);
            throw new Ended(Uerr.WRITEFAILED);
        }
    }

    /**
     * read_http_response_head() and resp_new(): a 1xx head is read and passed over ("Ignoring
     * response"), the next one read; -S shows it; keep-alive, Content-Length and chunking decided.
     */
    private Response readResponse(Wire wire, WgetUrl u, WgetUrl peer, HttpState hs) throws Ended, IOException {
        HeadReader head = new HeadReader(wire);
        ResponseHead resp;
        do {
            String headText;
            try {
                headText = head.read();
                Trace.listener().firstByte();
            } catch (IOException e) {
                log.notQuiet("Read error (" + errorText(e) + ") in headers.\n");
                session.closeInvalidate(wire);
                throw new Ended(Uerr.HERR);
            }
            if (headText == null) {
                log.notQuiet("No data received.\n");
                session.closeInvalidate(wire);
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
            log.debug("\n---response begin---\n" + headText + "---response end---\n");
            if (resp.statcode < 0) {
                log.verbose(resp.statcode + "\n");
                log.notQuiet(Dates.now() + " ERROR " + resp.statcode + ": Malformed status line.\n");
                session.closeInvalidate(wire);
                throw new Ended(Uerr.HERR);
            }
            if (resp.statcode >= 100 && resp.statcode < 200) {
                log.debug("Ignoring response\n");
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
        // gethttp(): kept unless --no-http-keep-alive or --ignore-length, or the first Connection: says Close
        String connection = resp.header("Connection");
        boolean keepAlive = !resp.http09 && s.bool("httpkeepalive") && !s.bool("ignorelength")
                && !(connection != null && connection.strip().equalsIgnoreCase("close"));
        long contentLength = -1;
        String cl = resp.header("Content-Length");
        if (cl != null && !s.bool("ignorelength")) {
            contentLength = CNumbers.contentLength(cl);
        }
        boolean chunked = resp.headerContains("Transfer-Encoding", "chunked");
        if (chunked) {
            contentLength = -1;
        }
        if (session.cookies != null) {
            for (String setCookie : resp.headers("Set-Cookie")) {
                session.cookies.setCookie(u.host(), u.port(), "/" + u.path(), setCookie);
            }
        }
        if (keepAlive) {
            // register_persistent(): the server promised to keep the connection, before any body is read
            session.register(wire, peer.host(), peer.port(), wire instanceof TlsWire);
        }
        return new Response(wire, peer, resp, new BodyReader(wire, head.leftover(), contentLength, chunked), keepAlive,
                contentLength);
    }

    /**
     * The user and password a request may carry, in gethttp()'s order of priority (the URL's, then
     * --http-user/--http-password, then --user/--password), and how far authentication has gone.
     */
    private final class Auth {
        final String user;
        final String password;
        /** Basic credentials went with the first request (basic_auth_finished). */
        boolean basicSent;
        /** An Authorization line was made after a challenge (auth_finished). */
        boolean finished;

        Auth(WgetUrl u) {
            String given = u.user() != null ? u.user() : s.string("httpuser") != null ? s.string("httpuser") : s.string("user");
            String secret = u.password() != null ? u.password()
                    : s.string("httppassword") != null ? s.string("httppassword") : s.string("password");
            if (s.bool("netrc") && (given == null || secret == null)) {
                // search_netrc(): ~/.netrc fills in what is missing
                String[] found = session.netrc().complete(u.host(), given, secret);
                given = found[0];
                secret = found[1];
            }
            user = given;
            password = secret;
        }
    }

    /**
     * check_auth() for a 401: once, with credentials, the strongest challenge wget knows is picked and
     * answered (Digest, else Basic; a Basic already sent with the first request is not sent again,
     * NTLM is not spoken by the twin); otherwise the try ends in AUTHFAILED.
     */
    private String challenged(WgetUrl u, Response r, Auth auth, String method) throws Ended, IOException {
        skipOrClose(r, false);
        if (auth.finished || auth.user == null || auth.password == null) {
            throw new Ended(Uerr.AUTHFAILED);
        }
        AuthChallenge.Found found = AuthChallenge.scan(r.head().headers("WWW-Authenticate"), log);
        if (!found.any()) {
            log.notQuiet("Unknown authentication scheme.\n");
            throw new Ended(Uerr.AUTHFAILED);
        }
        if ((auth.basicSent && found.basic() != null) || found.ntlm() != null) {
            // a Basic already sent and refused; NTLM is not spoken by the twin
            throw new Ended(Uerr.AUTHFAILED);
        }
        String selected = found.digest() != null ? found.digest() : found.basic();
        log.notQuiet("Authentication selected: " + selected + "\n");
        auth.finished = true;
        if (found.digest() != null) {
            String line = DigestAuth.encode(selected, auth.user, auth.password, method, u.target(), log);
            if (line == null) {
                throw new Ended(Uerr.AUTHFAILED);
            }
            return line;
        }
        if (u.user() == null) {
            // register_basic_auth_host(): the next request to this host sends Basic at once
            session.basicChallenged(u.host());
        }
        return RequestHead.basic(auth.user, auth.password);
    }

    /** What the status says: a redirect, 304, a local file the server did not replace, an error, or the body to save. */
    private Uerr answer(WgetUrl u, Response r, HttpState hs, boolean headOnly) throws IOException {
        ResponseHead resp = r.head();
        if (hs.localFile == null) {
            // check_file_output(): --content-disposition's name, else the URL's (this hop's)
            String given = LocalName.fromContentDisposition(resp.header("Content-Disposition"));
            if (given != null) {
                log.debug("Parsed filename from Content-Disposition: " + given + "\n");
            }
            hs.localFile = LocalName.of(s, u, given, log);
            if (s.bool("noclobber") && new File(hs.localFile).exists()) {
                session.closeInvalidate(r.wire());
                return Uerr.NOT_RETRIEVED;
            }
        }
        // check_file_output(), on every answer: a file only read for its links is named NAME.tmp
        hs.temporary = s.bool("deleteafter") || s.bool("spider") || !session.rules.acceptable(hs.localFile);
        if (hs.temporary) {
            hs.localFile = hs.localFile + ".tmp";
        }
        if (session.hsts != null) {
            session.hsts.header(u, resp.header("Strict-Transport-Security"));
        }
        String type = resp.header("Content-Type");
        if (type != null) {
            int semi = type.indexOf(';');
            type = (semi >= 0 ? type.substring(0, semi) : type).strip();
        }
        hs.contentType = type;
        hs.contentCharset = contentEncoding(resp.header("Content-Type"));
        if (resp.statcode == 204) {
            // a 204 has no body (RFC 2616, 4.3): a success with nothing to save
            hs.retrOk = true;
            hs.len = 0;
            hs.restval = 0;
            closeFinish(r);
            return Uerr.RETRFINISHED;
        }
        String location = resp.header("Location");
        // H_REDIRECTED, and a 300 that names where to go (one that does not is a document to save)
        boolean redirect = resp.statcode == 301 || resp.statcode == 302 || resp.statcode == 303
                || resp.statcode == 307 || resp.statcode == 308 || (resp.statcode == 300 && location != null);
        if (redirect) {
            // a redirect without a Location is one all the same; http_loop() then calls it an error
            log.verbose("Location: " + (location != null ? location + " [following]" : "unspecified") + "\n");
            hs.newLocation = location;
            skipOrClose(r, headOnly);
            return resp.statcode == 307 || resp.statcode == 308 ? Uerr.NEWLOCATION_KEEP_POST : Uerr.NEWLOCATION;
        }
        hs.lastModified = resp.header("Last-Modified");
        if (resp.statcode == 304 && hs.ifModifiedSince != null) {
            closeFinish(r);
            hs.retrOk = true;
            log.verbose("File " + Quote.of(hs.localFile) + " not modified on server. Omitting download.\n\n");
            return Uerr.NOT_RETRIEVED;
        }
        // the server ignored If-Modified-Since: wget still keeps a local file that is as new and as long
        if (hs.ifModifiedSince != null && resp.statcode == 200 && !Timestamps.newer(hs.lastModified, hs.localFile)
                && r.contentLength() == new File(hs.localFile).length()) {
            session.closeInvalidate(r.wire());
            hs.retrOk = true;
            log.verbose("Server ignored If-Modified-Since header for file " + Quote.of(hs.localFile) + ".\n"
                    + "You might want to add --no-if-modified-since option.\n\n");
            return Uerr.NOT_RETRIEVED;
        }
        // set_content_type(): no Content-Type is taken for HTML, as broken CGIs leave it out
        hs.html = type == null || type.equalsIgnoreCase("text/html") || type.equalsIgnoreCase("application/xhtml+xml");
        hs.css = type != null && type.equalsIgnoreCase("text/css");
        if (s.bool("adjustextension") && session.outputDocument == null) {
            adjustExtension(hs);
        }
        if (resp.statcode == 416 || (!s.bool("timestamping") && hs.restval > 0 && resp.statcode == 200
                && resp.header("Content-Range") == null && r.contentLength() >= 0 && hs.restval >= r.contentLength())) {
            // -c on a file that is whole (or a remote file that shrank): 416, or a 200 no longer than it
            log.verbose("\n    The file is already fully retrieved; nothing to do.\n\n");
            hs.len = r.contentLength();
            hs.retrOk = true;
            skipOrClose(r, false);
            return Uerr.NOT_RETRIEVED;
        }
        if (resp.statcode < 200 || resp.statcode >= 300) {
            if (s.bool("contentonerror") && !headOnly && resp.statcode != 504) {
                // --content-on-error: the error page saved as a document would be, without its Length line
                hs.restval = 0;
                hs.len = 0;
                hs.contlen = r.contentLength();
                return save(r, hs, false);
            }
            if (headOnly) {
                closeFinish(r);
            } else if (s.bool("spider")) {
                session.closeInvalidate(r.wire());
            } else {
                skipOrClose(r, false);
            }
            // a 504 is worth another try, as the network errors are
            return resp.statcode == 504 ? Uerr.GATEWAYTIMEOUT : Uerr.RETRFINISHED;
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
            closeFinish(r);
            return Uerr.RETRFINISHED;
        }
        return save(r, hs, partial);
    }

    /**
     * ensure_extension(): -E gives a text/html document a name ending in .html (.htm and .html in
     * any case kept) and a text/css one .css; where a name may not be clobbered and exists,
     * NAME.N.html.
     */
    private void adjustExtension(HttpState hs) {
        String ext = hs.html ? ".html" : hs.css ? ".css" : null;
        if (ext == null) {
            return;
        }
        int dot = hs.localFile.lastIndexOf('.');
        String last = dot < 0 ? null : hs.localFile.substring(dot);
        String shortExt = ext.length() == 5 ? ext.substring(0, 4) : "";
        if (last != null && (last.equalsIgnoreCase(shortExt) || last.equalsIgnoreCase(ext))) {
            return;
        }
        String base = hs.localFile;
        hs.localFile = base + ext;
        boolean allowClobber = LocalName.clobberAllowed(s);
        for (int n = 1; !allowClobber && new File(hs.localFile).exists(); n++) {
            hs.localFile = base + "." + n + ext;
        }
        hs.addedExtension = true;
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
                session.closeInvalidate(r.wire());
                return Uerr.FOPENERR;
            }
        }
        log.verbose("Saving to: " + Quote.of(session.outputToStdout ? "STDOUT" : hs.localFile) + "\n");
        Uerr result = new BodyDownload(session).read(r.body(), sink, hs, partial);
        sink.close();
        if (hs.readError) {
            session.closeInvalidate(r.wire());
        } else {
            closeFinish(r);
        }
        return result;
    }

    /**
     * A body nobody saves: skipped when the connection is to stay and the body is short, so that the
     * connection can serve the next request (CLOSE_FINISH); closed otherwise (CLOSE_INVALIDATE).
     */
    private void skipOrClose(Response r, boolean headOnly) throws IOException {
        if (!(r.keepAlive() && !headOnly && skipShortBody(r))) {
            session.closeInvalidate(r.wire());
        }
    }

    /** CLOSE_FINISH: a connection the server keeps stays registered; any other is closed. */
    private void closeFinish(Response r) throws IOException {
        if (!r.keepAlive()) {
            session.closeInvalidate(r.wire());
        }
    }

    /** set_content_encoding(): a charset parameter in Content-Type, said with -d; null for none. */
    private String contentEncoding(String contentType) {
        String value = charset(contentType);
        if (value != null) {
            log.debug("URI content encoding = " + Quote.of(value) + "\n");
        }
        return value;
    }

    /** The charset parameter of a Content-Type value, unquoted; null for none. */
    static String charset(String contentType) {
        int semi = contentType == null ? -1 : contentType.indexOf(';');
        if (semi < 0) {
            return null;
        }
        String params = contentType.substring(semi + 1);
        int at = params.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String value = params.substring(at + 8);
        int end = 0;
        while (end < value.length() && value.charAt(end) != ';' && !Character.isWhitespace(value.charAt(end))) {
            end++;
        }
        value = value.substring(0, end);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
    }

    private RequestHead request(WgetUrl u, HttpState hs, String method, byte[] body, WgetUrl proxy, Auth auth) {
        // a proxy is asked for the whole URL, without its user and password
        RequestHead r = new RequestHead(method, proxy != null ? u.scheme() + "://" + u.quotedHostPort() + u.target() : u.target());
        r.set("Host", u.hostPort());
        if (hs.ifModifiedSince != null) {
            r.set("If-Modified-Since", hs.ifModifiedSince);
        }
        if (hs.referer != null) {
            r.set("Referer", hs.referer);
        }
        if (hs.restval > 0) {
            r.set("Range", "bytes=" + hs.restval + "-");
        }
        r.set("User-Agent", s.string("useragent") != null ? s.string("useragent") : "Wget/1.21.3");
        r.set("Accept", "*/*");
        r.set("Accept-Encoding", "identity");
        if (auth.user != null && auth.password != null && (u.user() == null || s.bool("authnochallenge"))) {
            auth.basicSent = maybeSendBasic(u.host());
            if (auth.basicSent) {
                r.set("Authorization", RequestHead.basic(auth.user, auth.password));
            }
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
        cookiesAndUserHeaders(r, u);
        return r;
    }

    /** retry_with_auth: the Cookie header as the jar has it now, then the --header lines; again after a 401. */
    private void cookiesAndUserHeaders(RequestHead r, WgetUrl u) {
        if (session.cookies != null) {
            String cookies = session.cookies.header(u.host(), u.port(), "/" + u.path(), u.scheme().equals("https"));
            if (cookies != null) {
                r.set("Cookie", cookies);
            }
        }
        for (String h : s.headers) {
            r.setUser(h);
        }
    }

    /** maybe_send_basic_creds(): Basic without a challenge with --auth-no-challenge, or to a host that asked for it before. */
    private boolean maybeSendBasic(String host) {
        if (s.bool("authnochallenge")) {
            log.debug("Auth-without-challenge set, sending Basic credentials.\n");
            return true;
        }
        if (session.basicChallengedBefore(host)) {
            log.debug("Found " + Quote.of(host) + " in basic_authed_hosts.\n");
            return true;
        }
        log.debug("Host " + Quote.of(host) + " has not issued a general basic challenge.\n");
        return false;
    }


    /**
     * mkalldirs(): the file's directory made when the file is opened; a file standing where the
     * directory must be is removed first ("directory danger", for servers that answer a directory
     * without its slash); a failure is said, the open then fails.
     */
    private void makeDirectories(String file) {
        Path parent = Path.of(file).getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        if (Files.exists(parent)) {
            log.debug("Removing " + parent + " because of directory danger!\n");
            try {
                Files.delete(parent);
            } catch (IOException e) {
                log.notQuiet("Failed to unlink " + parent + " (" + Errno.of(e).number() + "): " + errorText(e) + "\n");
            }
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
     * skip_short_body(): a body of at most 4096 bytes read off in 512-byte pieces (-d shows each
     * piece), chunk by chunk when chunked; false when it is longer or the read fails.
     */
    private boolean skipShortBody(Response r) {
        BodyReader body = r.body();
        long contlen = body.chunked() ? 0 : body.declaredLength();
        if (contlen > 4096) {
            return false;
        }
        byte[] buf = new byte[512];
        try {
            while (contlen > 0 || body.chunked()) {
                if (body.chunked()) {
                    long chunk = body.chunkRemaining();
                    if (chunk <= 0) {
                        break;
                    }
                    contlen = Math.min(chunk, 512);
                }
                log.debug("Skipping " + contlen + " bytes of body: [");
                int n = body.read(buf, (int) Math.min(contlen, 512));
                if (n <= 0) {
                    log.debug("] aborting (EOF received).\n");
                    return false;
                }
                contlen -= n;
                // "%.*s": the piece up to a NUL in it
                int shown = 0;
                while (shown < n && buf[shown] != 0) {
                    shown++;
                }
                log.debug(new String(buf, 0, shown, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            log.debug("] aborting (" + errorText(e) + ").\n");
            return false;
        }
        log.debug("] done.\n");
        return true;
    }

    static String errorText(IOException e) {
        if (e instanceof BodyReader.NoErrno) {
            return "Success";
        }
        if (e instanceof IdleWire.IdleTimeout) {
            return Errno.ETIMEDOUT.text();
        }
        return Errno.of(e).text();
    }
}
