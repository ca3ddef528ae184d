package jtwins.curl;

import jtwins.common.Diagnostics;

/**
 * libcurl's progress meter (lib/progress.c) and the tool's "-#" bar (tool_cb_prg.c), drawn on stderr.
 * The meter redraws when the monotonic clock's second changes (p->lastshow != now.tv_sec), which is
 * why System.nanoTime() — CLOCK_MONOTONIC on Linux, curl's Curl_now() — is the clock here: the twin's
 * redraws fall on the same second boundaries as curl's.
 */
final class ProgressMeter {
    enum Mode { NONE, METER, BAR }

    private static final int CURR_TIME = 6;
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;
    private static final long GB = 1024 * MB;
    private static final long TB = 1024 * GB;

    private final Diagnostics stderr;
    private final Mode mode;
    private final int barWidth;
    private final ParallelMeter.Entry parallel;

    private long startNanos;
    private long downloaded;
    private long sizeDl = -1;
    private long lastShowSecond = Long.MIN_VALUE;
    private boolean headerShown;
    /** The transfer has its connection: Curl_pgrsUpdate() runs from then on (attach()). */
    private boolean attached;
    private final long[] speeder = new long[CURR_TIME];
    private final long[] speederTime = new long[CURR_TIME];
    private int speederCount;
    private long currentSpeed;
    private long dlSpeed;

    private int barCalls;
    private long barPrev;
    private long barPrevTime;

    ProgressMeter(Diagnostics stderr, Mode mode, int barWidth) {
        this(stderr, mode, barWidth, null);
    }

    /** A parallel transfer's meter: it draws nothing and hands its counts on (xferinfo_cb()). */
    ProgressMeter(Diagnostics stderr, Mode mode, int barWidth, ParallelMeter.Entry parallel) {
        this.stderr = stderr;
        this.mode = mode;
        this.barWidth = barWidth;
        this.parallel = parallel;
    }

    /** Curl_pgrsStartNow(): a new transfer; the column headings stay shown (PGRS_HEADERS_OUT), also for retries. */
    void start(long nowNanos) {
        startNanos = nowNanos;
        attached = false;
        downloaded(0);
        sizeDl = -1;
        lastShowSecond = Long.MIN_VALUE;
        speederCount = 0;
        currentSpeed = 0;
    }

    void downloaded(long total) {
        downloaded = total;
        if (parallel != null) {
            parallel.dlnow = total;
        }
    }

    void expectedSize(long size) {
        sizeDl = size;
        if (parallel != null) {
            parallel.dltotal = Math.max(0, size);
        }
    }

    /** Whether the tool's callback asks libcurl to stop this transfer (--parallel with --fail-early). */
    boolean aborted() {
        return parallel != null && parallel.abort;
    }

    /** The selector the transfer now waits on (null when it stops waiting), for an abort to wake. */
    void waitingOn(java.nio.channels.Selector selector) {
        if (parallel != null) {
            parallel.waitingOn = selector;
        }
    }

    /** The current speed, as -Y/--speed-limit compares it: bytes per second over the last seconds. */
    long currentSpeed() {
        return currentSpeed;
    }

    /**
     * multi_runsingle() calls the progress function only once the transfer has a connection, so the
     * meter first shows after create_conn()'s notes (a kept connection taken up, a name found in the
     * DNS cache) and before the connect's.
     */
    void attach(long nowNanos) {
        if (!attached) {
            attached = true;
            update(nowNanos, false);
        }
    }

    /** Curl_pgrsUpdate(): recompute; draw when the second changed or when forced (Curl_pgrsDone). */
    void update(long nowNanos, boolean force) {
        if (!attached && !force) {
            return;
        }
        if (force) {
            lastShowSecond = 0;
        }
        long spentUs = (nowNanos - startNanos) / 1000;
        dlSpeed = transferSpeed(downloaded, spentUs);
        boolean show = false;
        long second = Math.floorDiv(nowNanos, 1_000_000_000L);
        if (second != lastShowSecond) {
            lastShowSecond = second;
            show = true;
            int nowIndex = speederCount % CURR_TIME;
            speeder[nowIndex] = downloaded;
            speederTime[nowIndex] = nowNanos;
            speederCount++;
            int countIndex = Math.min(speederCount, CURR_TIME) - 1;
            if (countIndex > 0) {
                int checkIndex = speederCount >= CURR_TIME ? speederCount % CURR_TIME : 0;
                long spanMs = (nowNanos - speederTime[checkIndex]) / 1_000_000;
                if (spanMs == 0) {
                    spanMs = 1;
                }
                long amount = speeder[nowIndex] - speeder[checkIndex];
                currentSpeed = amount > 4294967L ? (long) (amount / (spanMs / 1000.0)) : amount * 1000 / spanMs;
            } else {
                currentSpeed = dlSpeed;
            }
        }
        if (mode == Mode.BAR) {
            bar(nowNanos);
        } else if (mode == Mode.METER && show) {
            meter(spentUs / 1_000_000);
        }
    }

    /** Curl_pgrsDone(): the last, forced update, then the meter's newline. */
    void done(long nowNanos) {
        update(nowNanos, true);
        if (mode == Mode.METER) {
            stderr.write("\n");
        }
    }

    /** The tool's newline after a bar that was drawn at least once. */
    void finishBar() {
        if (mode == Mode.BAR && barCalls > 0) {
            stderr.write("\n");
            barCalls = 0;
        }
    }

    private void meter(long spentSeconds) {
        StringBuilder out = new StringBuilder();
        if (!headerShown) {
            out.append("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
                    + "                                 Dload  Upload   Total   Spent    Left  Speed\n");
            headerShown = true;
        }
        long dlPercent = 0;
        long estimate = 0;
        boolean sizeKnown = sizeDl >= 0;
        if (sizeKnown && dlSpeed > 0) {
            estimate = sizeDl / dlSpeed;
            dlPercent = percent(downloaded, sizeDl);
        }
        long expected = sizeKnown ? sizeDl : downloaded;
        long totalPercent = percent(downloaded, expected);
        String timeLeft = time(estimate > 0 ? estimate - spentSeconds : 0);
        out.append('\r')
                .append(pad(Long.toString(totalPercent), 3)).append(' ').append(max5(expected)).append("  ")
                .append(pad(Long.toString(dlPercent), 3)).append(' ').append(max5(downloaded)).append("  ")
                .append(pad("0", 3)).append(' ').append(max5(0)).append("  ")
                .append(max5(dlSpeed)).append("  ").append(max5(0)).append(' ')
                .append(time(estimate)).append(' ').append(time(spentSeconds)).append(' ').append(timeLeft)
                .append(' ').append(max5(currentSpeed));
        stderr.write(out.toString());
    }

    /** tool_progress_cb(): at most ten redraws a second until 100%; nothing while the size is unknown. */
    private void bar(long nowNanos) {
        long total = sizeDl > 0 ? sizeDl : Long.MAX_VALUE;
        long point = sizeDl > 0 ? downloaded : Long.MAX_VALUE;
        long nowMs = nowNanos / 1_000_000;
        if (barCalls > 0) {
            if (barPrev == point) {
                return;
            }
            if (nowMs - barPrevTime < 100 && point < total) {
                return;
            }
        }
        barCalls++;
        if (total > 0 && point != barPrev && sizeDl > 0) {
            if (point > total) {
                total = point;
            }
            double frac = (double) point / (double) total;
            int width = barWidth - 7;
            int num = Math.min((int) (width * frac), 256);
            StringBuilder line = new StringBuilder("\r");
            line.append("#".repeat(num));
            line.append(" ".repeat(Math.max(0, width - num)));
            long tenths = Math.round(frac * 1000.0);
            line.append(' ').append(pad(tenths / 10 + "." + tenths % 10, 5)).append('%');
            stderr.write(line.toString());
        }
        barPrev = point;
        barPrevTime = nowMs;
    }

    private static long percent(long part, long whole) {
        if (whole > 10000) {
            return part / (whole / 100);
        }
        return whole > 0 ? part * 100 / whole : 0;
    }

    private static long transferSpeed(long size, long us) {
        if (us < 1) {
            return size * 1_000_000;
        }
        if (size < Long.MAX_VALUE / 1_000_000) {
            return size * 1_000_000 / us;
        }
        return us >= 1_000_000 ? size / (us / 1_000_000) : Long.MAX_VALUE;
    }

    /** time2str(): "--:--:--", " H:MM:SS", "ddd HHh" or "dddddddd". */
    static String time(long seconds) {
        if (seconds <= 0) {
            return "--:--:--";
        }
        long h = seconds / 3600;
        if (h <= 99) {
            long m = (seconds - h * 3600) / 60;
            long s = seconds - h * 3600 - m * 60;
            return pad(Long.toString(h), 2) + ":" + two(m) + ":" + two(s);
        }
        long d = seconds / 86400;
        h = (seconds - d * 86400) / 3600;
        return d <= 999 ? pad(Long.toString(d), 3) + "d " + two(h) + "h" : pad(Long.toString(d), 7) + "d";
    }

    /** max5data(): a size in five columns, with k, M, G, T, P as it grows. */
    static String max5(long bytes) {
        if (bytes < 100000) {
            return pad(Long.toString(bytes), 5);
        }
        if (bytes < 10000 * KB) {
            return pad(Long.toString(bytes / KB), 4) + "k";
        }
        if (bytes < 100 * MB) {
            return pad(Long.toString(bytes / MB), 2) + "." + (bytes % MB) / (MB / 10) + "M";
        }
        if (bytes < 10000 * MB) {
            return pad(Long.toString(bytes / MB), 4) + "M";
        }
        if (bytes < 100 * GB) {
            return pad(Long.toString(bytes / GB), 2) + "." + (bytes % GB) / (GB / 10) + "G";
        }
        if (bytes < 10000 * GB) {
            return pad(Long.toString(bytes / GB), 4) + "G";
        }
        if (bytes < 10000 * TB) {
            return pad(Long.toString(bytes / TB), 4) + "T";
        }
        return pad(Long.toString(bytes / (1024 * TB)), 4) + "P";
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
