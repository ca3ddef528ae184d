package jtwins.wget;

import java.io.IOException;
import java.util.Arrays;

/**
 * fd_read_body() and its progress display: the body into its sink under the idle timer, at most
 * --limit-rate, with the bar or the dots as set_progress_implementation() picks them; a read error
 * or an early end is left in the HttpState for http_loop's message.
 */
final class BodyDownload {
    private static final int BUFFER = 16 * 1024;

    private final Session session;
    private final WgetSettings s;
    private final WgetLog log;

    BodyDownload(Session session) {
        this.session = session;
        this.s = session.settings;
        this.log = session.log;
    }


    /**
     * fd_read_body: the body into the sink under the idle timer, with --limit-rate and the progress
     * display; a read error or an early end is recorded for http_loop's message.
     */
    Uerr read(BodyReader body, BodySink sink, HttpState hs, boolean partial) throws IOException {
        Progress progress = progress(hs, partial);
        byte[] buf = new byte[BUFFER];
        long start = System.nanoTime();
        // ptimer_read(): the time as last measured, at a read that brought data (or the bar's tick),
        // so the wait of a read that then fails or finds the end is not download time
        double[] measured = {0};
        if (progress instanceof BarProgress) {
            body.tickEvery95Centiseconds(() -> {
                measured[0] = (System.nanoTime() - start) / 1e9;
                progress.update(0, measured[0]);
            });
        }
        double limit = s.real("limitrate");
        while (true) {
            int n;
            try {
                n = body.read(buf);
            } catch (IOException e) {
                hs.readError = true;
                hs.readErrorText = HttpTry.errorText(e);
                break;
            }
            if (n < 0) {
                break;
            }
            measured[0] = (System.nanoTime() - start) / 1e9;
            try {
                sink.write(buf, 0, n);
            } catch (IOException e) {
                hs.dltime = measured[0];
                progress.finish(hs.dltime);
                hs.readErrorText = HttpTry.errorText(e);
                return Uerr.FWRITEERR;
            }
            hs.rdSize += n;
            hs.len += n;
            if (limit > 0) {
                // limit_bandwidth() measures again once it has slept
                limitBandwidth(hs.rdSize, measured[0], limit);
                measured[0] = (System.nanoTime() - start) / 1e9;
            }
            progress.update(n, measured[0]);
        }
        body.tickEvery95Centiseconds(null);
        hs.dltime = measured[0];
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
            boolean force = params != null && Arrays.asList(params.split(":")).contains("force");
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
}
