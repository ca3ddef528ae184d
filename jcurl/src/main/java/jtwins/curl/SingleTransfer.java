package jtwins.curl;

import java.io.IOException;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.trace.Trace;

/**
 * One attempt at one URL, redirects included (what curl_easy_perform() does for the tool): each
 * request resolves, connects, does TLS, sends, reads; the clocks, the meter and -v go with it.
 */
final class SingleTransfer {
    /** multi.c's note when a transfer libcurl kept pending (CURLOPT_PIPEWAIT) has its connection. */
    static final String PENDING_AGAIN = "Transfer was pending, now try another";

    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final HeaderDump dump;
    private Upload upload;
    private final HeaderDump etags;
    private final CookieJar jar;
    private final ConnectionCache cache;
    private final ConnectionSetup connections;
    /** The next request connects anew (a kept connection turned out closed). */
    private boolean freshConnect;
    private int retriesOnFresh;
    /** data->state.httpversion: a response said HTTP/1.0, so the requests after it do too. */
    private boolean saidHttp10;
    /** A 417 answered an Expect: the request goes again without one. */
    private boolean expectFailed;
    private boolean sendAgain;
    /** The transfer's alt-svc cache when --alt-svc asks for one; null otherwise. */
    private final AltSvcCache altSvc;
    /** The share's HSTS cache when --hsts asks for it; null otherwise. */
    private final HstsCache hsts;
    /** The server's and the proxy's authentication, across this transfer's requests. */
    private final HttpAuth auth;
    /** The user and password of the request under way (aptr.user), whether or not they may go to its host. */
    private String userPassword;
    /** An rtsp:// transfer's CSeq count and Session, across its requests (auth rounds). */
    private RtspSession rtspSession;
    /** conn->bits.netrc: .netrc gave the credentials, which then go to any host. */
    private boolean fromNetrc;
    /** The Referer the next request sends: -e's, then with ";auto" each URL a redirect left. */
    private String referer;
    /** A -F form's multipart Content-Type; null without a form. */
    private String formType;
    /** -J with -O: the first Content-Disposition filename names the output file. */
    private boolean cdName;
    /** data->state.aptr.cookiehost: a -H Host: name, kept across redirects once set. */
    private String cookieHost;

    private final DnsCache dns;

    SingleTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info, HeaderDump dump,
                   HeaderDump etags, Upload upload, TransferShare share) {
        this.config = config;
        this.referer = config.referer;
        this.cache = share.connections();
        this.dns = share.dns();
        this.connections = new ConnectionSetup(config, pulse, verbose, info, dump, share.dns());
        this.jar = config.cookieEngine() ? share.cookies() : null;
        this.auth = new HttpAuth(config);
        this.altSvc = config.altSvc != null ? new AltSvcCache(config.altSvc) : null;
        if (config.hsts != null) {
            // CURLOPT_HSTS: the file is read into the share's cache for each transfer that names it
            share.hsts().load(config.hsts);
            this.hsts = share.hsts();
        } else {
            this.hsts = null;
        }
        this.etags = etags;
        this.upload = upload;
        this.dump = dump;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
    }

    /** -J for an -O transfer. */
    SingleTransfer namingFromContentDisposition(boolean on) {
        this.cdName = on;
        return this;
    }

    void run(CurlUrl first, BodySink sink) throws IOException, TransferFailed {
        try {
            runRequests(first, sink);
        } finally {
            if (altSvc != null) {
                // Curl_altsvc_save() as the easy handle is cleaned up, however the transfer ended
                altSvc.save();
            }
        }
    }

    private void runRequests(CurlUrl first, BodySink sink) throws IOException, TransferFailed {
        if (!ProtocolSet.allows(config.protocols, ProtocolSet.BUILT_IN, first.scheme())) {
            // findprotocol(): --proto's list decides before anything is connected
            info.urlEffective = first.effective();
            info.connectionId = -1;
            throw new TransferFailed(CurlCode.UNSUPPORTED_PROTOCOL,
                    "Protocol \"" + first.scheme() + "\" not supported or disabled in libcurl");
        }
        boolean httpLoop = first.scheme().startsWith("http") || first.scheme().equals("rtsp")
                || (first.scheme().equals("ftp") && !ftpDirect(first));
        if (!httpLoop) {
            // the request loop below says it for each of its requests
            ProxyEnvironment.note(config, first, verbose);
        }
        if (first.scheme().equals("file")) {
            // file.c has its connection at once: the meter shows before the file is read
            pulse.attached();
            info.urlEffective = first.effective();
            info.scheme = "FILE";
            info.connectionEnds = true;
            info.connectionId = verbose.connectionNumber();
            new FileTransfer(config, pulse, info, dump).run(first, sink, upload);
            return;
        }
        if (first.scheme().equals("ftp") && ftpDirect(first)) {
            ftp(first, true, sink);
            return;
        }
        if (first.scheme().equals("imap") && ftpDirect(first)) {
            RequestScope scope = scope(first, first, false);
            new ImapTransfer(config, pulse, verbose, info, connections, cache).run(first, userPassword, scope, sink, auth);
            return;
        }
        if (first.scheme().equals("pop3") && ftpDirect(first)) {
            RequestScope scope = scope(first, first, false);
            new Pop3Transfer(config, pulse, verbose, info, connections, cache).run(first, userPassword, scope, sink, auth);
            return;
        }
        if (first.scheme().equals("smtp") && ftpDirect(first)) {
            RequestScope scope = scope(first, first, false);
            new SmtpTransfer(config, pulse, verbose, info, connections, cache).run(first, userPassword, scope, sink,
                    upload, auth);
            return;
        }
        if (first.scheme().equals("dict") || first.scheme().startsWith("gopher")) {
            RequestScope scope = scope(first, first, false);
            new UntilCloseTransfer(config, pulse, verbose, info, connections, dump).run(first, scope, sink, auth);
            return;
        }
        if (first.scheme().equals("telnet")) {
            RequestScope scope = scope(first, first, false);
            new TelnetTransfer(config, pulse, verbose, info, connections).run(first, scope, sink, auth, upload,
                    loginPart(0));
            return;
        }
        if (first.scheme().equals("mqtt")) {
            RequestScope scope = scope(first, first, false);
            new MqttTransfer(config, pulse, verbose, info, connections).run(first, scope, sink, auth, loginPart(0),
                    loginPart(1));
            return;
        }
        if (first.scheme().equals("smb")) {
            RequestScope scope = scope(first, first, false);
            new SmbTransfer(config, pulse, verbose, info, connections).run(first, scope, sink, auth, upload,
                    loginPart(0), loginPart(1));
            return;
        }
        if (first.scheme().equals("ldap") || first.scheme().equals("ldaps")) {
            RequestScope scope = scope(first, first, false);
            new LdapTransfer(config, pulse, verbose, info, connections).run(first, scope, sink, auth, loginPart(0),
                    loginPart(1));
            return;
        }
        if (first.scheme().equals("sftp") || first.scheme().equals("scp")) {
            RequestScope scope = scope(first, first, false);
            if (first.scheme().equals("sftp")) {
                new SftpTransfer(config, pulse, verbose, info, connections, cache, dump).run(first, scope, sink, auth, upload,
                        loginPart(0), loginPart(1));
            } else {
                new ScpTransfer(config, pulse, verbose, info, connections, cache).run(first, scope, sink, auth, upload,
                        loginPart(0), loginPart(1));
            }
            return;
        }
        if (first.scheme().equals("tftp")) {
            new TftpTransfer(config, pulse, verbose, info, dns).run(first, sink, upload);
            return;
        }
        CurlUrl url = first;
        String body = upload != null ? upload.data : config.postData == null ? null : config.postData.toString();
        if (upload == null && !config.form.isEmpty()) {
            // HTTPREQ_POST_MIME: the form's body, a -H Content-Type: its type
            MimeBody.Built form = MimeBody.build(config.form, RequestHead.customContentType(config), config.formEscape);
            body = form.body();
            formType = form.contentType();
        }
        if (upload != null && config.resumeFrom > 0) {
            // Curl_http_resume(): the upload starts where -C says, the rest of the file is the body
            body = body.substring((int) Math.min(body.length(), config.resumeFrom));
        }

        String method = config.head ? "HEAD" : upload != null ? "PUT" : body != null && !config.useGet ? "POST" : "GET";
        if (config.useGet && body != null) {
            url = withQuery(url, body);
            body = null;
        } else if (config.query != null) {
            // tool_operate.c: --url-query is appended as -G's data would be, and only when there is none
            url = withQuery(url, config.query);
        }
        if (config.disallowUsername && url.user() != null) {
            throw new TransferFailed(CurlCode.LOGIN_DENIED,
                    "Option DISALLOW_USERNAME_IN_URL is set and url contains username.");
        }
        boolean customMethod = config.request != null;
        if (url.scheme().equals("rtsp")) {
            // the tool leaves CURLOPT_RTSP_REQUEST alone: OPTIONS, whatever -X, -d, -T or -I say
            method = "OPTIONS";
            body = null;
            customMethod = false;
        }
        TransferClock clock = pulse.clock();
        boolean firstRequest = true;
        CurlUrl firstUrl = url;
        while (true) {
            if (hsts != null && url.scheme().equals("http") && hsts.upgrades(url.host())) {
                // parseurlandfillconn(): the scheme becomes https, and with it the default port
                url = new CurlUrl("https", url.user(), url.password(), url.host(), url.ipv6Literal(),
                        url.portGiven() ? url.port() : 443, url.portGiven(), url.target(), url.fragment(), url.givenHost());
                verbose.info("Switched from HTTP to HTTPS due to HSTS => " + url.effective());
                if (firstRequest) {
                    firstUrl = url;
                }
            }
            ProxyEnvironment.note(config, url, verbose);
            RequestScope scope = scope(firstUrl, url, !firstRequest);
            if (saidHttp10) {
                scope = scope.downgraded();
            }
            if (expectFailed) {
                scope = scope.withoutExpect();
            }
            long now = System.nanoTime();
            if (!firstRequest) {
                clock.startSingle(now);
            }
            firstRequest = false;
            info.urlEffective = url.effective();
            info.scheme = url.scheme().toUpperCase(java.util.Locale.ROOT);
            String sentMethod = customMethod ? config.request : method;
            info.method = sentMethod;
            ResponseHead head = null;
            // parseurlandfillconn(): an https origin with an h1 alternative is connected to there
            String[] alternative = altSvc != null && url.tls() ? altSvc.lookup(url.host(), url.port()) : null;
            String key = connections.key(url, alternative);
            boolean[] waited = {false};
            ConnectionCache.Kept taken;
            try {
                // IsMultiplexingPossible(): the HTTP family only, RTSP not
                taken = cache.acquire(key, freshConnect, config.parallel && !config.parallelImmediate,
                        !url.scheme().equals("rtsp"), verbose, waited);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("pending transfer interrupted");
            }
            freshConnect = false;
            Wire wire;
            if (taken != null) {
                wire = taken.wire();
                wire.rebind(pulse);
                info.connectionId = taken.id();
                info.remoteIp = taken.ends().remoteIp();
                info.remotePort = taken.ends().remotePort();
                info.localIp = taken.ends().localIp();
                info.localPort = taken.ends().localPort();
                if (taken.http10()) {
                    scope = scope.downgraded();
                }
                verbose.info("Re-using existing connection #" + taken.id() + " with " + taken.shownAs());
                if (waited[0]) {
                    verbose.info(PENDING_AGAIN);
                }
                pulse.stage(Stage.PERFORMING);
            } else {
                auth.newConnection(verbose);
                try {
                    wire = connections.open(url, alternative, waited[0], scope, sink, auth);
                } catch (IOException | TransferFailed | RuntimeException e) {
                    cache.done(key, null);
                    throw e;
                }
            }
            boolean keep = false;
            if (wire instanceof Http2Wire) {
                scope = scope.onHttp2();
            }
            try {
                HttpExchange exchange = new HttpExchange(wire, pulse, verbose);
                exchange.upgradeToH2(config.http2Upgrade() && !url.tls() && !scope.http2());
                exchange.dumpHeadersTo(dump);
                exchange.saveEtagsTo(etags);
                exchange.ignoreContentLength(config.ignoreContentLength);
                boolean rtsp = url.scheme().equals("rtsp");
                if (rtsp && rtspSession == null) {
                    rtspSession = new RtspSession();
                }
                exchange.noBody(config.head || rtsp);
                exchange.rtsp(rtsp ? rtspSession : null);
                exchange.excessPath(url.path());
                exchange.compressed(config.compressed);
                exchange.raw(config.raw);
                exchange.http09Allowed(config.http09);
                exchange.maxFilesize(config.maxFilesize);
                if (jar != null) {
                    jar.newRequest();
                    exchange.cookiesTo(jar, cookieHost != null ? cookieHost : url.host(), url.path(),
                            secureOrigin(url));
                }
                if (upload != null && !upload.sizeKnown && (config.http10 || scope.http10())
                        && !RequestHead.names(config, "Transfer-Encoding")) {
                    // Curl_http_bodysend(): an upload of unknown size needs chunks, which HTTP/1.0 has not
                    throw new TransferFailed(CurlCode.UPLOAD_FAILED, "Chunky upload is not supported by HTTP 1.0");
                }
                boolean viaProxy = config.proxyFor(url) != null && !connections.tunnels(url);
                String proxyUser = viaProxy ? RequestHead.proxyCredentials(config, scope.proxy()) : null;
                boolean getOrHead = method.equals("GET") || method.equals("HEAD");
                java.util.List<String> authLines = auth.output(sentMethod, getOrHead || rtsp, rtsp ? "*" : url.target(),
                        HttpAuth.Login.of(userPassword), HttpAuth.Login.of(proxyUser), viaProxy, scope.auth()
                        || fromNetrc, config.headers, config.proxyHeaders.isEmpty() ? config.headers : config.proxyHeaders,
                        verbose);
                scope = scope.authenticated(authLines, auth.probing());
                // conn->bits.authneg: a POST or PUT goes with no body while the rounds last
                String sentBody = auth.probing() && body != null ? "" : body;
                String requestHead = rtsp
                        ? RequestHead.rtsp(config, rtspSession.nextRequest(config, taken == null), rtspSession.sessionId(), scope)
                        : RequestHead.build(config, url, sentMethod, sentBody, viaProxy, sink.resumeFrom(), upload, scope);
                info.pretransferUs = clock.sinceOpMicros(System.nanoTime());
                BodySink headerSink = config.include || config.head ? sink : null;
                head = null;
                boolean waits = !scope.noExpect() && RequestHead.expects100(config, sentBody, upload, config.http10 || scope.http10());
                if (waits) {
                    exchange.send(requestHead, null);
                    // http.c expect100: the body waits for the server's 100, or --expect100-timeout, then goes
                    boolean answered;
                    try (PhaseTimer wait = PhaseTimer.enter(pulse.plan().budget(Phase.CONTINUE_WAIT))) {
                        answered = exchange.awaitResponse(System.nanoTime() + wait.deadline().remainingNanos());
                    }
                    if (answered) {
                        head = exchange.readHead(headerSink, true);
                    } else {
                        verbose.info("Done waiting for 100-continue");
                    }
                    if (head == null || head.status == 100) {
                        exchange.send("", RequestHead.framed(config, sentBody, upload));
                        head = null;
                    } else if (head.status == 417) {
                        // 417 Expectation Failed: the same request again, without the Expect
                        verbose.info("Got 417 while waiting for a 100");
                        expectFailed = true;
                        sendAgain = true;
                    } else if (head.status >= 300) {
                        // a final answer before the body went: the rest is not sent, and the connection not kept
                        verbose.info("HTTP error before end of send, stop sending");
                        head.closeAfter();
                    }
                } else {
                    exchange.send(requestHead, scope.http2() ? sentBody : RequestHead.framed(config, sentBody, upload));
                }
                info.sizeRequest += requestHead.length() + (sentBody == null ? 0 : sentBody.length());
                info.sizeUpload += sentBody == null ? 0 : sentBody.length();
                if (head == null) {
                    head = exchange.readHead(headerSink);
                }
                wire = exchange.wire();
                if (scope.http2() && sentBody != null) {
                    // on HTTP/2 the body leaves through the transfer loop's upload (readwrite_upload())
                    verbose.info("We are completely uploaded and fine");
                }
                info.starttransferUs = clock.sinceOpMicros(System.nanoTime());
                Trace.listener().firstByte();
                if (viaProxy) {
                    head.fromProxy();
                }
                String proxyAsked = viaProxy ? proxyUser : null;
                for (String[] f : head.fields) {
                    if (hsts != null && url.tls() && f[0].equals("strict-transport-security")) {
                        hsts.parse(url.host(), f[1]);
                    }
                    if (altSvc != null && url.tls() && f[0].equals("alt-svc")) {
                        altSvc.parse(f[1], url.host(), url.port(), verbose);
                    }
                    // Curl_http_readwrite_headers(): a 401's WWW-Authenticate, a 407's Proxy-authenticate
                    if ((head.status == 401 && f[0].equals("www-authenticate"))
                            || (head.status == 407 && f[0].equals("proxy-authenticate"))) {
                        auth.input(head.status == 407, f[1], verbose);
                    }
                }
                if (head.connectionEnds()) {
                    auth.closingWhileNegotiating(head.status, verbose);
                }
                boolean challenged = head.status == 401 || head.status == 407;
                boolean authFails = challenged && auth.shouldFail(head.status, userPassword != null, proxyAsked != null);
                if (!(config.fail && authFails)) {
                    // Curl_http_auth_act(): the same URL again, answering the challenge; or no method fits
                    sendAgain |= auth.act(head.status, userPassword != null, proxyAsked != null);
                    authFails = challenged && auth.shouldFail(head.status, userPassword != null, proxyAsked != null);
                }
                if (head.http09Body != null && (config.head || "HEAD".equals(sentMethod))) {
                    // readwrite_data(): body bytes where none is wanted
                    throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY, CurlCode.WEIRD_SERVER_REPLY.text());
                }
                info.httpCode = head.status;
                info.httpVersion = wire instanceof Http2Wire ? "2" : head.http09Body != null ? "0" : head.http10 ? "1.0" : "1.1";
                info.headers = head.fields;
                if (config.remoteTime && !head.bodyless() && head.value("last-modified") != null) {
                    // CURLOPT_FILETIME: the document's time, for -R to give the file
                    info.fileTime = CurlDate.parse(head.value("last-modified"));
                }
                if (cdName) {
                    for (String[] f : head.fields) {
                        String name = f[0].equals("content-disposition")
                                ? ContentDisposition.filename("Content-Disposition: " + f[1]) : null;
                        if (name != null) {
                            sink.renameBeforeWriting(config.outputDir != null && !config.outputDir.isEmpty()
                                    ? config.outputDir + "/" + name : name);
                            cdName = false;
                            break;
                        }
                    }
                }
                saidHttp10 |= head.http10;
                if (!head.chunked() && !head.bodyless()) {
                    // Curl_pgrsSetDownloadSize() as Content-Length is parsed: the meter knows it even if -f stops here
                    pulse.expectedSize(head.contentLength());
                }
                if (config.maxFilesize > 0 && head.contentLength() > config.maxFilesize) {
                    throw new TransferFailed(CurlCode.FILESIZE_EXCEEDED, "Maximum file size exceeded");
                }
                info.sizeHeader += head.headerBytes;
                info.contentType = head.value("content-type");
                info.retryAfterSeconds = RetryAfter.seconds(head.value("retry-after"));
                if (head.redirect()) {
                    // %{redirect_url} is where a Location points, followed or not, whatever its scheme
                    try {
                        info.redirectUrl = url.resolve(head.location(), config.pathAsIs).effective();
                    } catch (TransferFailed notFollowable) {
                        info.redirectUrl = head.location();
                    }
                }
                // Curl_http_should_fail(): a 416 to a resumed GET is no failure, the file being whole already
                boolean resumed416 = head.status == 416 && sink.resumeFrom() > 0 && "GET".equals(sentMethod)
                        && !ResumeCheck.resetsResume(head.value("content-range"));
                boolean failing = head.status >= 400 && !resumed416
                        && (head.status != 401 && head.status != 407 || authFails);
                if (config.fail && !config.failWithBody && failing) {
                    throw new TransferFailed(CurlCode.HTTP_RETURNED_ERROR,
                            "The requested URL returned error: " + head.status);
                }
                if (head.status == 304) {
                    // CURLINFO_CONDITION_UNMET: no -o file is made for a 304
                    info.conditionUnmet = true;
                }
                if (!meetsTimeCondition(head, sink)) {
                    // Curl_http_firstwrite(): a document the condition rules out is a simulated 304, its body unread
                    info.httpCode = 304;
                    info.conditionUnmet = true;
                    verbose.info("Simulate an HTTP 304 response");
                    info.connectionEnds = true;
                    return;
                }
                boolean resumedGet = sink.resumeFrom() > 0 && "GET".equals(sentMethod) && body == null;
                BodySink bodySink = sink;
                if (resumedGet && !head.redirect()) {
                    if (head.status == 416) {
                        // "Requested Range Not Satisfiable": the body is read, not written after the good data
                        bodySink = BodySink.discarding();
                    } else if (!ResumeCheck.resumed(head.value("content-range"), sink.resumeFrom())) {
                        if (head.contentLength() == sink.resumeFrom()) {
                            verbose.info("The entire document is already downloaded");
                            return;
                        }
                        throw new TransferFailed(CurlCode.RANGE_ERROR,
                                "HTTP server doesn't seem to support byte ranges. Cannot resume.");
                    }
                }
                info.connectionEnds = head.connectionEnds();
                boolean follow = (config.followLocation && head.redirect()) || sendAgain;
                // a redirect's body is read only to keep the connection for the next request (multi_done());
                // when the server closes it anyway, curl leaves the body unread
                boolean skipBody = follow && head.closesConnection();
                if (!config.head && !head.bodyless() && !"HEAD".equals(sentMethod) && !skipBody && !rtsp) {
                    if (follow) {
                        verbose.info("Ignoring the response-body");
                    }
                    try {
                        exchange.readBody(head, follow ? BodySink.discarding() : bodySink);
                    } finally {
                        // what arrived counts for %{size_download} also when a timer cut the body short
                        info.sizeDownload = pulse.bytecount();
                    }
                }
                if (follow) {
                    // multi_done(): Curl_pgrsDone()'s forced line, then the connection's fate
                    pulse.meter().done(System.nanoTime());
                    verbose.info(head.connectionEnds() ? "Closing connection " + info.connectionId
                            : "Connection #" + info.connectionId + " to host " + ConnectionSetup.keptAs(config, url) + " left intact");
                }
                keep = !head.connectionEnds() && !skipBody && !(wire instanceof Http2Wire h2 && !h2.reusable());
                if (rtsp) {
                    // rtsp_done() fails the transfer, not the connection
                    info.keptAfterFailure = keep;
                    rtspSession.done();
                    info.keptAfterFailure = false;
                }
            } catch (TransferFailed f) {
                if (taken != null && head == null && pulse.bytecount() == 0 && retriesOnFresh < 5
                        && (f.code() == CurlCode.GOT_NOTHING || f.code() == CurlCode.SEND_ERROR
                        || f.code() == CurlCode.RECV_ERROR)) {
                    // Curl_retry_request(): a kept connection the server had closed gives nothing; again on a new one
                    retriesOnFresh++;
                    // a recv() or send() failure is failf()'d where it happens; an empty reply is not, being retried
                    if (f.code() != CurlCode.GOT_NOTHING && f.traced() != null) {
                        verbose.info(f.traced());
                    }
                    verbose.info("Connection died, retrying a fresh connect (retry count: " + retriesOnFresh + ")");
                    // multi_done(), then Curl_follow(FOLLOW_RETRY)
                    pulse.meter().done(System.nanoTime());
                    verbose.info("Closing connection " + info.connectionId);
                    verbose.info("Issue another request to this URL: '" + url.effective() + "'");
                    freshConnect = true;
                    continue;
                }
                throw f;
            } finally {
                if (keep) {
                    cache.done(key, new ConnectionCache.Kept(key, wire, info.connectionId, connections.shownAs(url),
                            head.http10, new ConnectionCache.Ends(info.remoteIp, info.remotePort, info.localIp,
                            info.localPort)));
                } else {
                    try {
                        wire.close();
                    } finally {
                        cache.done(key, null);
                    }
                }
            }
            if (config.failWithBody && head.status >= 400 && !sendAgain) {
                throw new TransferFailed(CurlCode.HTTP_RETURNED_ERROR, "The requested URL returned error: " + head.status);
            }
            if (sendAgain) {
                sendAgain = false;
                // Curl_follow(FOLLOW_REDIR) for the same URL: it counts as a redirect, --max-redirs included
                if (config.maxRedirs != -1 && info.numRedirects >= config.maxRedirs) {
                    info.failedAfterDone = true;
                    throw new TransferFailed(CurlCode.TOO_MANY_REDIRECTS, "Maximum (" + config.maxRedirs + ") redirects followed");
                }
                info.numRedirects++;
                verbose.info("Issue another request to this URL: '" + url.effective() + "'");
                requestDone();
                continue;
            }
            if (!(config.followLocation && head.redirect())) {
                return;
            }
            if (config.maxRedirs != -1 && info.numRedirects >= config.maxRedirs) {
                info.failedAfterDone = true;
                throw new TransferFailed(CurlCode.TOO_MANY_REDIRECTS, "Maximum (" + config.maxRedirs + ") redirects followed");
            }
            CurlUrl next = url.resolve(head.location(), config.pathAsIs);
            if (next.port() != url.port()) {
                verbose.info("Clear auth, redirects to port from " + url.port() + " to " + next.port());
            }
            verbose.info("Issue another request to this URL: '" + next.effective() + "'");
            info.numRedirects++;
            info.redirectUrl = null;
            requestDone();
            // Curl_follow(): a 301/302 turns a POST into a GET unless --post301/--post302 keep it; a 303
            // turns anything but a GET into one (a POST kept by --post303)
            boolean post = "POST".equals(method);
            boolean toGet = switch (head.status) {
                case 301 -> post && !config.post301;
                case 302 -> post && !config.post302;
                case 303 -> !"GET".equals(method) && (!post || !config.post303);
                default -> false;
            };
            if (toGet) {
                verbose.info(head.status == 303 ? "Switch to " + (config.head ? "HEAD" : "GET") : "Switch from POST to GET");
                method = config.head ? "HEAD" : "GET";
                body = null;
                upload = null;
                formType = null;
            }
            if (config.autoReferer) {
                // Curl_follow(): the Referer is the URL left, without its credentials and fragment
                referer = url.effectiveWithoutUser();
            }
            if (!ProtocolSet.allows(config.protocols, ProtocolSet.BUILT_IN, next.scheme())
                    || !ProtocolSet.allows(config.redirProtocols, ProtocolSet.REDIRECT_DEFAULT, next.scheme())) {
                // findprotocol(): a follow may only go where --proto and CURLOPT_REDIR_PROTOCOLS (by default
                // http, https, ftp, ftps) both allow; it refuses before a connection is made for the new URL
                info.urlEffective = next.effective();
                info.connectionId = -1;
                throw new TransferFailed(CurlCode.UNSUPPORTED_PROTOCOL,
                        "Protocol \"" + next.scheme() + "\" not supported or disabled in libcurl");
            }
            url = next;
            pulse.expectedSize(-1);
            pulse.meter().downloaded(0);
            if (url.scheme().equals("ftp") && ftpDirect(url)) {
                // a redirect to ftp:// goes on as FTP, the credentials only where they may go
                ProxyEnvironment.note(config, url, verbose);
                clock.startSingle(System.nanoTime());
                ftp(url, false, sink);
                return;
            }
        }
    }

    /** An ftp:// URL is spoken as FTP unless an HTTP proxy is asked for it (a tunnel through one is FTP again). */
    /** conn->user (0) or conn->passwd (1): -u's or the URL's, split at the first colon; null without. */
    private String loginPart(int part) {
        if (userPassword == null) {
            return null;
        }
        int colon = userPassword.indexOf(':');
        if (part == 0) {
            return colon < 0 ? userPassword : userPassword.substring(0, colon);
        }
        return colon < 0 ? null : userPassword.substring(colon + 1);
    }

    private boolean ftpDirect(CurlUrl url) throws TransferFailed {
        return config.proxyFor(url) == null || connections.tunnels(url);
    }

    /** lib/ftp.c for the URL, with -u's or the URL's credentials when they may go to its host. */
    private void ftp(CurlUrl url, boolean first, BodySink sink) throws IOException, TransferFailed {
        RequestScope scope = scope(url, url, false);
        String credentials = url.user() != null || first || config.locationTrusted ? userPassword : null;
        new FtpTransfer(config, pulse, verbose, info, connections, cache, dump).run(url, credentials, scope, sink, upload, auth);
    }

    /** Curl_follow() after multi_done() for a request that is followed: fresh counts. */
    private void requestDone() {
        long done = System.nanoTime();
        pulse.received(0);
        info.redirectUs = pulse.clock().sinceOpMicros(done);
        info.sizeDownload = 0;
    }

    /**
     * Curl_http_host() and Curl_auth_allowed_to_host(): a -H Host: (and the name cookies go by) only
     * while the host name is the first one, credentials only while host, port and scheme are (or
     * --location-trusted); then Curl_http_cookies()' jar cookies and -b's string.
     */
    private RequestScope scope(CurlUrl first, CurlUrl url, boolean follow) throws TransferFailed {
        boolean sameName = url.host().equalsIgnoreCase(first.host());
        boolean customHost = !follow || sameName;
        if (customHost) {
            String given = RequestHead.customHostName(config);
            if (given != null) {
                cookieHost = given;
            }
        }
        boolean auth = !follow || config.locationTrusted
                || (sameName && url.port() == first.port() && url.scheme().equals(first.scheme()));
        StringBuilder cookies = new StringBuilder();
        boolean capped = false;
        if (jar != null) {
            boolean[] cap = new boolean[1];
            String host = cookieHost != null ? cookieHost : url.host();
            for (String pair : jar.matching(host, url.path(), secureOrigin(url), verbose, 0, cap)) {
                cookies.append(cookies.length() == 0 ? "" : "; ").append(pair);
            }
            capped = cap[0];
        }
        if (!config.cookies.isEmpty() && !capped && !RequestHead.names(config, "Cookie")) {
            cookies.append(cookies.length() == 0 ? "" : "; ").append(String.join(";", config.cookies));
        }
        String proxy = config.proxyFor(url);
        CurlUrl proxyUrl = null;
        if (proxy != null) {
            try {
                proxyUrl = ProxyUrl.parse(proxy);
            } catch (TransferFailed f) {
                proxyUrl = null;
            }
        }
        Credentials.Found credentials = Credentials.of(config, url, verbose);
        userPassword = credentials.userPassword();
        fromNetrc = credentials.fromNetrc();
        info.referer = referer;
        return new RequestScope(customHost, auth, auth || fromNetrc ? userPassword : null,
                cookies.length() == 0 ? null : cookies.toString(), proxyUrl, false, false, referer, formType,
                java.util.List.of(), false, false);
    }

    /**
     * Curl_meets_timecondition() on the Last-Modified the response gave (none is 0 and passes; one
     * that does not parse is -1): not newer than -z's time fails If-Modified-Since, not older fails
     * If-Unmodified-Since. No condition applies to a ranged request.
     */
    private boolean meetsTimeCondition(ResponseHead head, BodySink sink) {
        if (config.timeCondition == null || config.range != null || sink.resumeFrom() > 0 || head.bodyless()
                || config.condTime == 0) {
            return true;
        }
        String lastModified = head.value("last-modified");
        long doc = lastModified == null ? 0 : CurlDate.parse(lastModified);
        if (doc == 0) {
            return true;
        }
        if (config.timeCondition.equals("If-Unmodified-Since")) {
            if (doc >= config.condTime) {
                verbose.info("The requested document is not old enough");
                return false;
            }
        } else if (doc <= config.condTime) {
            verbose.info("The requested document is not new enough");
            return false;
        }
        return true;
    }

    /** Curl_http_cookies()' secure context: https, or a host that is this machine by name or address. */
    private boolean secureOrigin(CurlUrl url) {
        String host = cookieHost != null ? cookieHost : url.host();
        return url.tls() || host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }

    /** curl_url_set(CURLUPART_QUERY, CURLU_APPENDQUERY): the data after a '&', its %XX made lower case. */
    static CurlUrl withQuery(CurlUrl url, String data) {
        StringBuilder lowered = new StringBuilder(data);
        for (int i = 0; i + 2 < lowered.length(); i++) {
            if (lowered.charAt(i) == '%' && Character.digit(lowered.charAt(i + 1), 16) >= 0
                    && Character.digit(lowered.charAt(i + 2), 16) >= 0) {
                lowered.setCharAt(i + 1, Character.toLowerCase(lowered.charAt(i + 1)));
                lowered.setCharAt(i + 2, Character.toLowerCase(lowered.charAt(i + 2)));
                i += 2;
            }
        }
        // CURLU_APPENDQUERY keeps a '#' in the data; when the URL is read again it starts the fragment
        String target = url.target() + (url.target().indexOf('?') >= 0 ? "&" : "?") + lowered;
        String fragment = url.fragment();
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = target.substring(hash + 1) + (fragment == null ? "" : "#" + fragment);
            target = target.substring(0, hash);
        }
        return new CurlUrl(url.scheme(), url.user(), url.password(), url.host(), url.ipv6Literal(), url.port(),
                url.portGiven(), target, fragment, url.givenHost());
    }
}
