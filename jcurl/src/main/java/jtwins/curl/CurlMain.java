package jtwins.curl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jtwins.common.Diagnostics;
import jtwins.common.Errno;
import jtwins.common.Failure;
import jtwins.common.PhaseTimer;
import jtwins.common.ProcessStart;
import jtwins.common.TimeoutPlan;
import jtwins.common.ToolMain;
import jtwins.common.trace.Trace;

/**
 * jcurl: curl 7.88.1 as Debian 12 ships it, for HTTP and HTTPS, down to its timeouts, messages and
 * exit codes. The URLs run one after another (serial_transfers()); each may be retried
 * (post_per_transfer()); the exit status is the last transfer's CURLcode.
 */
public final class CurlMain {
    private CurlMain() {
    }

    public static void main(String[] args) {
        ToolMain.runOnBytes("curl", args, new Body());
    }

    private static final class Body implements ToolMain.Body {
        @Override
        public int run(String[] args, Diagnostics diagnostics) throws IOException, InterruptedException {
            return CurlMain.run(args, diagnostics);
        }
    }

    /** The plan curl would follow for a command line, for `jtwins explain`; a bad command line is a Failure. */
    public static TimeoutPlan plan(String[] args) {
        return CurlPlan.build(parseForExplain(args));
    }

    /** The host the first URL names (or its proxy), for `jtwins explain`'s resolver line; null if none. */
    public static String destination(String[] args) {
        CurlConfig config = parseForExplain(args);
        for (UrlNode node : config.urls) {
            if (node.urlSet) {
                try {
                    CurlUrl url = CurlUrl.parse(node.url);
                    String proxy = config.proxyFor(url);
                    return proxy != null ? ProxyUrl.parse(proxy).host() : url.host();
                } catch (TransferFailed f) {
                    return null;
                }
            }
        }
        return null;
    }

    private static CurlConfig parseForExplain(String[] args) {
        CurlCommandLine line = CurlCommandLine.parse(args, new Diagnostics(ToolMessages.PROGRAM), System.getenv());
        ProxyEnvironment.apply(line.config(), System.getenv());
        return line.config();
    }

    static int run(String[] args, Diagnostics stderr) throws IOException, InterruptedException {
        // curl's clocks start as it starts: the twin counts its JVM start-up in, to give up at the same moment after exec
        long processStart = ProcessStart.nanoTime();
        Map<String, String> env = System.getenv();
        CurlCommandLine line = CurlCommandLine.parse(args, stderr, env);
        switch (line.request()) {
            case HELP, MANUAL -> {
                StdoutStream.OUT.write(HelpText.of(line.request() == CurlCommandLine.Request.MANUAL ? "all"
                        : line.helpCategory()).getBytes(StandardCharsets.UTF_8));
                StdoutStream.OUT.flush();
                return 0;
            }
            case VERSION -> {
                StdoutStream.OUT.write(HelpText.version().getBytes(StandardCharsets.UTF_8));
                StdoutStream.OUT.flush();
                return 0;
            }
            default -> {
            }
        }
        boolean stdoutTerminal = Terminal.stdoutIsTerminal();
        DebugTrace verbose = new DebugTrace(stderr, line.config(), stdoutTerminal);
        // the tool's share handle: one cookie jar and one connection cache for every transfer
        String libcurl = line.config().libcurl;
        TransferShare share = new TransferShare(new CookieJar(), new ConnectionCache(), new DnsCache(), new HstsCache(),
                libcurl != null ? new LibcurlSource() : null);
        try {
            return runOperations(args, line, processStart, stderr, verbose, stdoutTerminal, share);
        } finally {
            // curl_share_cleanup(): the HSTS cache goes back to the file it was read from
            share.hsts().save();
            if (share.source() != null) {
                // operate(): the source is written once every transfer is done, however they ended
                share.source().write(libcurl, new ToolMessages(stderr, line.config()));
                StdoutStream.flushQuietly();
            }
        }
    }

    private static int runOperations(String[] args, CurlCommandLine line, long processStart, Diagnostics stderr,
                                     DebugTrace verbose, boolean stdoutTerminal, TransferShare share)
            throws IOException, InterruptedException {
        TransferQueue queue = new TransferQueue(args, line.operations(), System.getenv(), stderr);
        if (line.config().parallel) {
            return new ParallelTransfers(line.config(), queue, processStart, stderr, verbose, stdoutTerminal, share).run();
        }
        CurlCode last = CurlCode.OK;
        boolean first = true;
        while (true) {
            TransferQueue.Job job;
            try {
                job = queue.next(share.connections());
            } catch (TransferQueue.BadPattern bad) {
                return badPattern(bad, line.config(), stderr);
            } catch (Failure noUrl) {
                // serial_transfers(): the last transfer's error has priority over create_transfer()'s
                if (last == CurlCode.OK) {
                    throw noUrl;
                }
                String said = noUrl.render(stderr.program());
                if (said != null) {
                    stderr.line(said);
                }
                return last.number();
            }
            if (job == null) {
                break;
            }
            long anchor = first ? processStart : System.nanoTime();
            first = false;
            last = transfer(job, anchor, stderr, verbose, stdoutTerminal, share, null);
            if (job.config().cookieJar != null) {
                flushCookies(job.config(), share.cookies(), verbose);
            }
            if (job.config().failEarly && last != CurlCode.OK) {
                share.connections().closeAll();
                StdoutStream.flushQuietly();
                return last.number();
            }
        }
        share.connections().closeAll();
        StdoutStream.flushQuietly();
        return last.number();
    }

    /** tool_operate.c: a bad pattern ends the whole command line, with its code. */
    static int badPattern(TransferQueue.BadPattern bad, CurlConfig config, Diagnostics stderr) {
        if (config.errorsShown()) {
            stderr.write("curl: (" + bad.failure.code().number() + ") " + bad.failure.getMessage() + "\n");
        }
        StdoutStream.flushQuietly();
        return bad.failure.code().number();
    }

    /** One URL: its -D file, its progress meter, and its tries. */
    static CurlCode transfer(TransferQueue.Job job, long anchor, Diagnostics stderr, DebugTrace verbose,
                             boolean stdoutTerminal, TransferShare share, ParallelMeter.Entry parallel)
            throws IOException, InterruptedException {
        CurlConfig config = job.config();
        UrlNode node = job.node();
        ToolMessages messages = job.messages();
        // tool_operate.c stamps retrystart with the first try, which starts at exec for the first URL
        long retryStart = anchor;
        String outfile = node.outfile != null && !node.outfile.equals("-") ? node.outfile : null;
        // parallel transfers have no meter of their own: their counts go to the one tool_progress.c draws
        ProgressMeter.Mode mode = parallel != null || config.silent || config.noProgressMeter ? ProgressMeter.Mode.NONE
                : config.progressBar ? ProgressMeter.Mode.BAR
                : outfile == null && stdoutTerminal && !node.remoteName ? ProgressMeter.Mode.NONE
                : ProgressMeter.Mode.METER;
        ProgressMeter meter = new ProgressMeter(stderr, mode, Terminal.columns(), parallel);
        if (config.etagCompare != null && !compareEtag(config, messages)) {
            return CurlCode.READ_ERROR;
        }
        HeaderDump etags = null;
        if (config.etagSave != null) {
            etags = HeaderDump.open(config.etagSave, true);
            if (etags == null) {
                messages.warn("Failed creating file for saving etags: \"" + config.etagSave + "\". Skip this transfer");
                return CurlCode.READ_ERROR;
            }
        }
        HeaderDump dump = null;
        if (config.headerFile != null) {
            // create_transfer(): a -D file that cannot be opened ends the command line with 23
            dump = HeaderDump.open(config.headerFile, job.firstOfOperation());
            if (dump == null) {
                messages.warn("Failed to open " + config.headerFile);
                return CurlCode.WRITE_ERROR;
            }
        }
        if (parallel == null) {
            recordSetopts(job, stdoutTerminal, share);
        }
        try {
            return transferWithRetries(config, job.plan(), node, job.urlNumber(), anchor, stderr, messages, verbose,
                    retryStart, outfile, meter, dump, etags, share);
        } finally {
            if (dump != null) {
                dump.close();
            }
            if (etags != null) {
                etags.close();
            }
        }
    }

    /** single_transfer()'s setopts into the --libcurl program, as the transfer is created (-Z: in that order). */
    static void recordSetopts(TransferQueue.Job job, boolean stdoutTerminal, TransferShare share) {
        if (share.source() == null) {
            return;
        }
        String out = job.node().outfile;
        boolean quietMeter = job.config().silent || job.config().noProgressMeter
                || ((out == null || out.equals("-")) && stdoutTerminal && !job.node().remoteName);
        synchronized (share.source()) {
            LibcurlSetopts.record(share.source(), job.config(), job.node(), quietMeter);
        }
    }

    /**
     * --etag-compare (tool_operate.c): the file's lines, each without its CR/LF, joined, sent as
     * If-None-Match ("" when empty or missing); a missing file with no --etag-save is an error, 26.
     */
    private static boolean compareEtag(CurlConfig config, ToolMessages messages) {
        Path file = LocalPath.of(config.etagCompare);
        StringBuilder etag = new StringBuilder();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                int cr = line.indexOf('\r');
                etag.append(cr < 0 ? line : line.substring(0, cr));
            }
        } catch (IOException e) {
            if (config.etagSave == null) {
                messages.error("Failed to open " + config.etagCompare);
                return false;
            }
        }
        config.headers.add("If-None-Match: " + (etag.length() == 0 ? "\"\"" : etag));
        return true;
    }

    private static CurlCode transferWithRetries(CurlConfig config, TimeoutPlan plan, UrlNode node, int urlNumber,
                                                long anchor, Diagnostics stderr, ToolMessages messages,
                                                DebugTrace verbose, long retryStart, String outfile,
                                                ProgressMeter meter, HeaderDump dump, HeaderDump etags,
                                                TransferShare share)
            throws IOException, InterruptedException {
        long retriesLeft = config.retry;
        long retriesDone = 0;
        // the output stays open from try to try, as the tool's outs does: a retry appends (or cuts back)
        BodySink sink = null;
        boolean honorCdName = false;
        while (true) {
            if (share.source() != null && !config.parallel) {
                LibcurlSetopts.beforePerform(share.source(), node, true);
            }
            TransferInfo info = new TransferInfo();
            info.url = node.url;
            info.urlNumber = urlNumber;
            TransferFailed failure = null;
            try {
                Upload upload = null;
                String target = node.url;
                if (node.infile != null) {
                    upload = CurlUrl.schemeOf(node.url, config.protoDefault).equals("telnet")
                            ? Upload.streamed(node.infile, stderr) : Upload.read(node.infile, stderr);
                    target = Upload.urlWithFileName(node.url, node.infile);
                }
                CurlUrl url;
                try {
                    url = CurlUrl.parse(target, config.pathAsIs, config.protoDefault);
                    CurlUrl.checkAppended(config.useGet && config.postData != null ? config.postData.toString()
                            : config.query);
                } catch (TransferFailed refused) {
                    // a URL urlapi or findprotocol() refuses has no connection yet; only the latter is a failf()
                    info.connectionId = -1;
                    if (refused.code() == CurlCode.UNSUPPORTED_PROTOCOL) {
                        verbose.info(refused.getMessage());
                    }
                    throw refused;
                }
                info.urlEffective = url.effective();
                if (node.remoteName) {
                    outfile = RemoteName.of(url);
                    if (outfile == null) {
                        if (config.warningsShown()) {
                            stderr.write("curl: Remote file name has no length!\n");
                        }
                        throw new TransferFailed(CurlCode.WRITE_ERROR, null);
                    }
                }
                if (outfile != null && config.outputDir != null && !config.outputDir.isEmpty()
                        && !outfile.startsWith(config.outputDir + "/")) {
                    outfile = config.outputDir + "/" + outfile;
                }
                if (outfile != null && config.createDirs && !OutputDirs.create(outfile, stderr)) {
                    throw new TransferFailed(CurlCode.WRITE_ERROR, null);
                }
                info.filenameEffective = outfile;
                if (sink == null) {
                    long resumeFrom = config.resumeFrom;
                    if (config.resumeFromCurrent && outfile != null) {
                        // -C -: the file's size as it is now, 0 when there is none
                        resumeFrom = Files.isRegularFile(LocalPath.of(outfile)) ? Files.size(LocalPath.of(outfile)) : 0;
                    }
                    try {
                        sink = BodySink.resuming(outfile, resumeFrom).warningsTo(messages);
                        if (config.noClobber) {
                            sink.noClobber(messages);
                        }
                        // -J: a Content-Disposition may name the -O file instead
                        honorCdName = node.remoteName && config.remoteHeaderName;
                    } catch (IOException cannotOpen) {
                        messages.error("Can't open '" + outfile + "'!");
                        throw new TransferFailed(CurlCode.WRITE_ERROR, null);
                    }
                }
                if ((url.scheme().equals("scp") || url.scheme().equals("sftp")) && !config.insecure
                        && CurlrcLocation.find(System.getenv(), ".ssh/known_hosts") == null) {
                    // tool_operate.c: CURLOPT_SSH_KNOWNHOSTS is set only when the file is found; its warnf() has no newline
                    messages.warnUnended("Couldn't find a known_hosts file!");
                }
                try {
                    // Curl_pretransfer(): --resolve's entries go into the shared cache before the meter starts
                    share.dns().load(config.resolve, verbose);
                } catch (TransferFailed f) {
                    info.pretransferFailed = true;
                    verbose.info(f.getMessage());
                    throw f;
                }
                try (TransferClock clock = new TransferClock(anchor, plan)) {
                    TransferPulse pulse = new TransferPulse(clock, meter, plan, config);
                    meter.start(anchor);
                    pulse.check(System.nanoTime());
                    if (config.cookieEngine()) {
                        loadCookies(config, share.cookies(), verbose);
                    }
                    try {
                        new SingleTransfer(config, pulse, verbose, info, dump, etags, upload, share)
                                .namingFromContentDisposition(honorCdName).run(url, sink);
                    } catch (TransferFailed f) {
                        // failf() also speaks through -v
                        if (f.traced() != null) {
                            verbose.info(f.traced());
                        }
                        // a lookup that fails (not one a timer ends) leaves libcurl without its last meter line
                        boolean lookupFailed = f.code() == CurlCode.COULDNT_RESOLVE_HOST
                                || f.code() == CurlCode.COULDNT_RESOLVE_PROXY;
                        finish(info, clock, meter, !lookupFailed && !info.failedAfterDone);
                        if (info.keptAfterFailure) {
                            verbose.info("Connection #" + info.connectionId + " to host " + ConnectionSetup.keptAs(config, url) + " left intact");
                        }
                        throw f;
                    }
                    finish(info, clock, meter, true);
                }
                // multi_done(): a connection its response closes is closed, one that may be kept is left intact
                verbose.info(info.connectionEnds ? "Closing connection " + info.connectionId
                        : "Connection #" + info.connectionId + " to host " + ConnectionSetup.keptAs(config, url) + " left intact");
            } catch (TransferFailed f) {
                failure = f;
                if (!info.pretransferFailed && !info.keptAfterFailure && !info.failedAfterDone) {
                    verbose.info("Closing connection " + info.connectionId);
                }
            }
            CurlCode result = failure == null ? CurlCode.OK : failure.code();
            info.exitCode = result.number();
            info.errorMessage = failure == null ? "" : failure.getMessage();
            if (failure != null && config.errorsShown()) {
                stderr.write("curl: (" + result.number() + ") " + failure.getMessage() + "\n");
                if (result == CurlCode.PEER_FAILED_VERIFICATION) {
                    stderr.write(CA_CERT_ERROR_TEXT);
                }
            }
            String retryReason = retryReason(config, failure, info);
            boolean withinRetryTime = config.retryMaxTimeSeconds == 0
                    || (System.nanoTime() - retryStart) / 1_000_000 < config.retryMaxTimeSeconds * 1000;
            // tool_operate.c: RETRY_SLEEP_DEFAULT doubling up to RETRY_SLEEP_MAX, or --retry-delay, as the plan's waits
            long sleep = plan.waits().nanos(retriesDone + 1) / 1_000_000L;
            if (retriesLeft > 0 && withinRetryTime && ": HTTP error".equals(retryReason) && info.retryAfterSeconds > 0) {
                // the server's Retry-After: when longer than the wait curl would choose, it is the wait
                sleep = Math.max(sleep, info.retryAfterSeconds * 1000);
                long spent = (System.nanoTime() - retryStart) / 1_000_000_000L;
                if (config.retryMaxTimeSeconds > 0 && spent + info.retryAfterSeconds > config.retryMaxTimeSeconds) {
                    messages.warnUnended("The Retry-After: time would make this command line exceed the maximum "
                            + "allowed time for retries.");
                    retryReason = null;
                }
            }
            if (retriesLeft > 0 && withinRetryTime && retryReason != null) {
                messages.warn("Problem " + retryReason + ". Will retry in " + sleep / 1000 + " seconds. "
                        + retriesLeft + " retries left.");
                retriesLeft--;
                retriesDone++;
                if (sink != null && sink.toFile() && sink.bytes() > 0) {
                    if (config.warningsShown()) {
                        stderr.write("Throwing away " + sink.bytes() + " bytes\n");
                    }
                    sink.truncate();
                }
                // after a try that failed at once, the wait makes up for the JVM's start-up, so the next
                // try starts at curl's moment (one its exec-anchored clocks ended has already made it up)
                PhaseTimer.sleepNanos(sleep * 1_000_000L);
                Trace.listener().tryStart((int) (retriesDone + 1), (int) (retriesDone + retriesLeft + 1));
                anchor = System.nanoTime();
                continue;
            }
            meter.finishBar();
            // post_per_transfer(): a transfer that succeeded with no data still leaves its -o file, empty
            if (sink != null && result == CurlCode.OK && !info.conditionUnmet && !sink.createIfUnwritten()) {
                result = CurlCode.WRITE_ERROR;
                info.exitCode = result.number();
            }
            if (sink != null && !sink.close() && result == CurlCode.OK) {
                // post_per_transfer(): fclose()/fflush() failing after the body was handed over
                result = CurlCode.WRITE_ERROR;
                info.exitCode = result.number();
                if (config.errorsShown()) {
                    stderr.write("curl: (23) Failed writing body\n");
                }
            }
            if (sink != null && sink.toFile() && result == CurlCode.OK && config.remoteTime && info.fileTime >= 0) {
                // setfiletime(): the document's time as the file's, after it is closed
                try {
                    java.nio.file.attribute.FileTime t = java.nio.file.attribute.FileTime.fromMillis(info.fileTime * 1000);
                    Files.getFileAttributeView(LocalPath.of(sink.filename()),
                            java.nio.file.attribute.BasicFileAttributeView.class).setTimes(t, t, null);
                } catch (IOException e) {
                    messages.warn("Failed to set filetime " + info.fileTime + " on outfile: utime failed: "
                            + jtwins.common.Errno.of(e).text());
                }
            }
            if (sink != null && sink.toFile()) {
                info.filenameEffective = sink.filename();
                if (result != CurlCode.OK && config.removeOnError) {
                    if (verbose.on()) {
                        stderr.write("Note: Removing output file: " + sink.filename() + "\n");
                    }
                    Files.deleteIfExists(LocalPath.of(sink.filename()));
                }
            }
            if (config.writeOut != null) {
                try {
                    WriteOut.write(config.writeOut, info, stderr);
                } catch (IOException e) {
                    // -w into a stdout that is gone: curl's fputs() fails as quietly
                }
            }
            return result;
        }
    }

    /** Curl_cookie_loadfiles() as each transfer starts: every -b file again, one that cannot be opened noted. */
    private static void loadCookies(CurlConfig config, CookieJar jar, DebugTrace verbose) {
        for (String file : config.cookieFiles) {
            if (!jar.load(file, config.cookieSession)) {
                verbose.info("WARNING: failed to open cookie file \"" + file + "\"");
            }
        }
    }

    /** Curl_flush_cookies() as each transfer's handle is cleaned up: the -b files read again, then the jar written. */
    static void flushCookies(CurlConfig config, CookieJar jar, DebugTrace verbose) {
        loadCookies(config, jar, verbose);
        if (!jar.save(config.cookieJar)) {
            verbose.info("WARNING: failed to save cookies in " + config.cookieJar
                    + ": Failed writing received data to disk/application");
        }
    }

    /** The end of a try: its total time, and Curl_pgrsDone()'s forced last meter line and newline. */
    private static void finish(TransferInfo info, TransferClock clock, ProgressMeter meter, boolean meterDone) {
        long end = System.nanoTime();
        info.totalUs = clock.sinceOpMicros(end);
        if (meterDone) {
            meter.done(end);
        }
    }

    /** post_per_transfer()'s reasons to try again, with the words of its warning; null for none. */
    private static String retryReason(CurlConfig config, TransferFailed failure, TransferInfo info) {
        CurlCode code = failure == null ? CurlCode.OK : failure.code();
        if (code == CurlCode.OPERATION_TIMEDOUT || code == CurlCode.COULDNT_RESOLVE_HOST
                || code == CurlCode.COULDNT_RESOLVE_PROXY || code == CurlCode.FTP_ACCEPT_TIMEOUT) {
            return ": timeout";
        }
        if (config.retryConnRefused && code == CurlCode.COULDNT_CONNECT && failure.osErrno() == Errno.ECONNREFUSED) {
            return ": connection refused";
        }
        if (code == CurlCode.OK || ((config.fail || config.failWithBody) && code == CurlCode.HTTP_RETURNED_ERROR)) {
            switch (info.httpCode) {
                case 408, 429, 500, 502, 503, 504 -> {
                    return ": HTTP error";
                }
                default -> {
                }
            }
        }
        if (code != CurlCode.OK && config.retryAllErrors) {
            return "(retrying all errors)";
        }
        return null;
    }

    private static final String CA_CERT_ERROR_TEXT = "More details here: https://curl.se/docs/sslcerts.html\n\n"
            + "curl failed to verify the legitimacy of the server and therefore could not\n"
            + "establish a secure connection to it. To learn more about this situation and\n"
            + "how to fix it, please visit the web page mentioned above.\n";
}
