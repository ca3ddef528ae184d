package jtwins.wget;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jtwins.common.PhaseTimer;
import jtwins.common.TimeoutPlan;
import jtwins.common.trace.Trace;

/**
 * retr.c's retrieve_url and http.c's http_loop: the tries at one URL with the wait between them, the
 * redirects, and every line wget prints about how each try ended.
 */
final class HttpLoop {
    private final Session session;
    private final WgetSettings s;
    private final WgetLog log;
    /** Why --body-file (or --post-file) cannot be read, or null. */
    private String bodyMissing;

    HttpLoop(Session session) {
        this.session = session;
        this.s = session.settings;
        this.log = session.log;
    }

    /**
     * What retrieve_url() tells its caller: the result, the local file (when the retrieval succeeded
     * or --content-on-error kept it), the URL it ended at when redirected, and the document type flags.
     */
    record Retrieval(Uerr result, String file, WgetUrl redirected, boolean retrOk, boolean html, boolean css,
                     String contentCharset) {
        /** A retrieval that ended before any answer was kept. */
        static Retrieval failed(Uerr result) {
            return new Retrieval(result, null, null, false, false, false, null);
        }
    }

    /** retrieve_url for a URL of the command line: the result decides the exit status. */
    Uerr retrieve(WgetUrl original) throws IOException {
        return retrieve(original, null, null).result();
    }

    /**
     * retrieve_url: follows redirects up to --max-redirect; a successful download is registered
     * (register_download, register_redirection, register_html/css) for recursion and -k.
     */
    Retrieval retrieve(WgetUrl original, String referer, UriEncoding iri) throws IOException {
        return retrieve(original, null, referer, iri);
    }

    /**
     * As above, with the URL as it was given (origurl), which a fetch that fails with its URL
     * converted to UTF-8 is tried again from, unconverted, when that makes another URL.
     */
    Retrieval retrieve(WgetUrl original, String given, String referer, UriEncoding iri) throws IOException {
        WgetUrl u = original;
        String method = method();
        byte[] body;
        try {
            body = body();
        } catch (IOException e) {
            // initialize_request() finds it missing at the first try
            body = null;
            bodyMissing = HttpTry.errorText(e);
        }
        int redirects = 0;
        while (true) {
            if (session.hsts != null) {
                // retrieve_url()'s hsts_match(), before each hop: the first hop's URL is the original too
                WgetUrl secure = session.hsts.match(u);
                if (secure != null) {
                    log.verbose("URL transformed to HTTPS due to an HSTS policy\n");
                    original = u == original ? secure : original;
                    u = secure;
                }
            }
            session.loadCookiesOnce();
            HttpState hs = new HttpState();
            hs.referer = referer != null ? referer : s.string("referer");
            // http_loop(): -O's name, or url_file_name() of the URL first asked for (this hop's with
            // --trust-server-names), for each hop; with
            // --content-disposition the name waits for the response (check_file_output())
            if (s.string("outputdocument") != null) {
                hs.localFile = s.string("outputdocument");
            } else if (!s.bool("contentdisposition")) {
                hs.localFile = LocalName.of(s, s.bool("trustservernames") ? u : original, null, log);
            }
            Uerr r = loop(u, hs, method, body);
            if (r != Uerr.NEWLOCATION && r != Uerr.NEWLOCATION_KEEP_POST) {
                WgetUrl fallback = !hs.retrOk && iri != null && given != null ? iri.withoutUtf8(log, given, original) : null;
                if (fallback == null) {
                    return finished(original, u, redirects > 0 ? u : null, r, hs);
                }
                u = fallback;
                continue;
            }
            if (hs.newLocation == null) {
                log.notQuiet("ERROR: Redirection (" + hs.statcode + ") without location.\n");
                return Retrieval.failed(Uerr.WRONGCODE);
            }
            WgetUrl next;
            try {
                next = u.resolve(hs.newLocation);
            } catch (WgetUrl.Invalid e) {
                log.notQuiet(hs.newLocation + ": " + e.getMessage() + ".\n");
                return Retrieval.failed(Uerr.URLERROR);
            }
            if (++redirects > s.number("maxredirect")) {
                log.notQuiet(s.number("maxredirect") + " redirections exceeded.\n");
                return Retrieval.failed(Uerr.WRONGCODE);
            }
            if (r == Uerr.NEWLOCATION && !method.equals("GET") && !method.equals("HEAD")) {
                method = "GET";
                body = null;
            }
            // retrieve_url(): the next hop starts with no content encoding, its URL parsed with IRI on again
            log.debug("URI content encoding = None\n");
            if (iri != null) {
                iri.redirected(log);
                try {
                    next = iri.reparse(log, next);
                } catch (WgetUrl.Invalid e) {
                    log.notQuiet(next.url() + ": " + e.getMessage() + ".\n");
                    return Retrieval.failed(Uerr.URLERROR);
                }
            }
            u = next;
        }
    }

    /** The end of retrieve_url(): the file handed back and registered, the type flags set_content_type() gave. */
    private Retrieval finished(WgetUrl original, WgetUrl u, WgetUrl redirected, Uerr r, HttpState hs) {
        boolean html = hs.retrOk && hs.html;
        boolean css = hs.retrOk && hs.css;
        String file = r == Uerr.RETROK || s.bool("contentonerror") ? hs.localFile : null;
        if (file != null && (hs.retrOk || s.bool("contentonerror"))) {
            session.downloads.registerDownload(u.url(), file);
            if (!s.bool("spider") && redirected != null && !original.url().equals(u.url())) {
                session.downloads.registerRedirection(original.url(), u.url());
            }
            if (html) {
                session.downloads.registerHtml(file);
            }
            if (css) {
                session.downloads.registerCss(file);
            }
        }
        return new Retrieval(r, file, redirected, hs.retrOk, html, css, hs.contentCharset);
    }

    private String method() {
        if (s.string("method") != null) {
            return s.string("method");
        }
        if (s.string("postdata") != null || s.string("postfile") != null) {
            return "POST";
        }
        return s.bool("spider") ? "HEAD" : "GET";
    }

    private byte[] body() throws IOException {
        String data = s.string("bodydata") != null ? s.string("bodydata") : s.string("postdata");
        if (data != null) {
            return data.getBytes(StandardCharsets.UTF_8);
        }
        String file = s.string("bodyfile") != null ? s.string("bodyfile") : s.string("postfile");
        return file != null ? Files.readAllBytes(Path.of(file)) : null;
    }

    /** http_loop: the numbered tries, until one succeeds, a fatal error, or --tries runs out. */
    private Uerr loop(WgetUrl u, HttpState hs, String method, byte[] body) throws IOException {
        boolean spider = s.bool("spider");
        boolean recursive = s.bool("recursive");
        if (spider) {
            log.verbose("Spider mode enabled. Check if remote file exists.\n");
        }
        if (s.bool("noclobber") && session.outputDocument == null && hs.localFile != null
                && new File(hs.localFile).exists()) {
            log.verbose("File " + Quote.of(hs.localFile) + " already there; not retrieving.\n\n");
            // get_file_flags(): a file that is there counts as retrieved, and as HTML by its suffix
            hs.retrOk = true;
            hs.html = AcceptRules.hasHtmlSuffix(hs.localFile);
            return Uerr.RETROK;
        }
        int ntry = s.number("tries");
        if (s.bool("timestamping") && hs.localFile != null && session.outputDocument == null
                && s.bool("ifmodifiedsince")) {
            hs.ifModifiedSince = Timestamps.ifModifiedSince(hs.localFile);
        }
        if (s.bool("continue") && hs.localFile != null && session.outputDocument == null) {
            File f = new File(hs.localFile);
            hs.restval = f.isFile() ? f.length() : 0;
        }
        int count = 0;
        boolean gotHead = false;
        do {
            count++;
            if (count > 1) {
                Trace.listener().tryStart(count, ntry);
            }
            sleepBetweenRetrievals(count);
            String tms = Dates.now();
            if (count > 1) {
                log.notQuietIfVerbose("--" + tms + "--  (try:" + RateText.pad(Integer.toString(count), 2) + ")  "
                        + u.printed() + "\n");
            } else {
                log.notQuietIfVerbose("--" + tms + "--  " + u.printed() + "\n");
            }
            if (bodyMissing != null) {
                log.notQuiet("BODY data file " + Quote.of(s.string("bodyfile")) + " missing: " + bodyMissing + "\n");
                return Uerr.FILEBADFILE;
            }
            if (s.real("startpos") >= 0) {
                // --start-pos: every try asks from there, whatever is on disk
                hs.restval = (long) s.real("startpos");
            } else if (count > 1 && hs.localFile != null && session.outputDocument == null) {
                // a retry continues what the last try left on disk
                File f = new File(hs.localFile);
                hs.restval = hs.len > 0 && f.isFile() ? f.length() : hs.restval;
            }
            // --spider asks with HEAD until a HEAD fails with 500 or 501, then with GET (got_head); with
            // -r, a page that could hold links is then fetched with GET and saved to be read
            boolean headOnly = spider && method.equals("HEAD") && !gotHead;
            Uerr err = new HttpTry(session).run(u, hs, spider && gotHead && method.equals("HEAD") ? "GET" : method,
                    body, headOnly || (spider && !recursive));
            tms = Dates.now();
            switch (err) {
                case HERR, HEOF, CONERROR, WRITEFAILED, RANGEERR, GATEWAYTIMEOUT -> {
                    printWhat(count, ntry);
                    continue;
                }
                case HOSTERR -> {
                    if (s.bool("retryonhosterror")) {
                        printWhat(count, ntry);
                        continue;
                    }
                    return err;
                }
                case FOPENERR, FWRITEERR -> {
                    log.verbose("\n");
                    log.notQuiet("Cannot write to " + Quote.of(hs.localFile) + " (" + hs.readErrorText + ").\n");
                    return err;
                }
                case AUTHFAILED -> {
                    log.verbose("\n");
                    log.notQuiet("Username/Password Authentication Failed.\n");
                    return err;
                }
                case CONSSLERR -> {
                    log.notQuiet("Unable to establish SSL connection.\n");
                    return err;
                }
                case CONIMPOSSIBLE, VERIFCERTERR -> {
                    return err;
                }
                case NEWLOCATION, NEWLOCATION_KEEP_POST -> {
                    return err;
                }
                case NOT_RETRIEVED -> {
                    return Uerr.RETROK;
                }
                default -> {
                    // RETRFINISHED: the server answered; what it answered is judged below
                }
            }
            if (!hs.retrOk) {
                if (!log.verbose()) {
                    log.nonVerbose(u.printed() + ":\n");
                }
                if (headOnly && (hs.statcode == 500 || hs.statcode == 501)) {
                    gotHead = true;
                    continue;
                }
                if (spider) {
                    session.brokenLinks.nonexisting(u);
                    log.notQuiet("Remote file does not exist -- broken link!!!\n");
                } else if (retryOnHttpError(hs.statcode)) {
                    printWhat(count, ntry);
                    continue;
                } else {
                    log.notQuiet(tms + " ERROR " + hs.statcode + ": " + hs.message + ".\n");
                }
                log.verbose("\n");
                return Uerr.WRONGCODE;
            }
            if (spider && recursive && headOnly) {
                if (hs.html || hs.css) {
                    log.verbose("Remote file exists and could contain links to other resources -- retrieving.\n\n");
                    gotHead = true;
                    // the retrieve count for HEAD is reset
                    count = 0;
                    continue;
                }
                log.verbose("Remote file exists but does not contain any link -- not retrieving.\n\n");
                log.nonVerbose(tms + " URL: " + u.printed() + " " + RateText.pad(Integer.toString(hs.statcode), 2)
                        + " " + hs.message + "\n");
                return Uerr.RETROK;
            }
            if (spider && !recursive) {
                if (hs.contentType == null || hs.contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                    log.verbose("Remote file exists and could contain further links,\n"
                            + "but recursion is disabled -- not retrieving.\n\n");
                } else {
                    log.verbose("Remote file exists.\n\n");
                }
                log.nonVerbose(tms + " URL: " + u.printed() + " " + RateText.pad(Integer.toString(hs.statcode), 2)
                        + " " + hs.message + "\n");
                return Uerr.RETROK;
            }
            if (s.bool("timestamping") && hs.lastModified == null) {
                log.verbose("Last-modified header missing -- time-stamps turned off.\n");
            }
            if (session.outputDocument == null && s.bool("useservertimestamps")) {
                Timestamps.apply(hs.lastModified, hs.localFile);
            }
            String rate = RateText.retrRate(hs.rdSize, hs.dltime, s.bool("reportspeed"));
            String shown = session.outputToStdout ? null : hs.localFile;
            if (!hs.readError && (hs.contlen < 0 || hs.len >= hs.contlen)) {
                if (hs.contlen >= 0) {
                    log.verbose(shown == null
                            ? tms + " (" + rate + ") - written to stdout [" + hs.len + "/" + hs.contlen + "]\n\n"
                            : tms + " (" + rate + ") - " + Quote.of(shown) + " saved [" + hs.len + "/" + hs.contlen + "]\n\n");
                    log.nonVerbose(tms + " URL:" + u.printed() + " [" + hs.len + "/" + hs.contlen + "] -> \""
                            + nvName(hs) + "\" [" + count + "]\n");
                } else {
                    log.verbose(shown == null
                            ? tms + " (" + rate + ") - written to stdout [" + hs.len + "]\n\n"
                            : tms + " (" + rate + ") - " + Quote.of(shown) + " saved [" + hs.len + "]\n\n");
                    log.nonVerbose(tms + " URL:" + u.printed() + " [" + hs.len + "] -> \"" + nvName(hs) + "\" ["
                            + count + "]\n");
                }
                session.downloadedFiles++;
                session.downloads.saved(hs.localFile, hs.addedExtension);
                session.totalDownloaded += hs.rdSize;
                return Uerr.RETROK;
            }
            if (!hs.readError) {
                log.verbose(tms + " (" + rate + ") - Connection closed at byte " + hs.len + ". ");
            } else if (hs.contlen < 0) {
                log.verbose(tms + " (" + rate + ") - Read error at byte " + hs.len + " (" + hs.readErrorText + ").");
            } else {
                log.verbose(tms + " (" + rate + ") - Read error at byte " + hs.len + "/" + hs.contlen + " ("
                        + hs.readErrorText + "). ");
            }
            // a try that did not end the download adds its time to the totals, not its bytes
            printWhat(count, ntry);
        } while (ntry == 0 || count < ntry);
        return Uerr.TRYLIMEXC;
    }

    private String nvName(HttpState hs) {
        return session.outputDocument != null ? s.string("outputdocument") : hs.localFile;
    }

    private void printWhat(int count, int ntry) {
        log.verbose(count == ntry ? "Giving up.\n\n" : "Retrying.\n\n");
    }

    /** check_retry_on_http_error: --retry-on-http-error's comma-separated codes, or "*". */
    private boolean retryOnHttpError(int statcode) {
        String list = s.string("retryonhttperror");
        if (list == null) {
            return false;
        }
        for (String code : list.split(",")) {
            String c = code.strip();
            if (c.equals("*") || c.equals(Integer.toString(statcode))) {
                return true;
            }
        }
        return false;
    }

    /**
     * sleep_between_retrievals: nothing before the very first request; on a retry, count-1 seconds up
     * to --waitretry (the linear back-off); otherwise --wait, randomised by --random-wait.
     */
    private void sleepBetweenRetrievals(int count) {
        if (session.firstRetrieval) {
            session.firstRetrieval = false;
            return;
        }
        long nanos = waitNanos(session.plan, s, count);
        if (nanos > 0) {
            try {
                PhaseTimer.sleepNanos(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A retry waits as the plan's schedule says; any other retrieval after the first waits the plan's
     * --wait (PAGE_WAIT, whose budget is --random-wait's longest), at random from half to all of that
     * with --random-wait.
     */
    static long waitNanos(TimeoutPlan plan, WgetSettings s, int count) {
        if (count > 1) {
            return plan.waits().nanos(count - 1);
        }
        jtwins.common.Budget page = plan.budget(jtwins.common.Phase.PAGE_WAIT);
        if (page.isUnlimited()) {
            return 0;
        }
        long longest = page.duration().toNanos();
        return s.bool("randomwait") ? (long) ((0.5 + Math.random()) * longest / 1.5) : longest;
    }
}
