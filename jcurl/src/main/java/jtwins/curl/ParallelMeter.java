package jtwins.curl;

import java.nio.channels.Selector;
import java.util.List;
import jtwins.common.Diagnostics;

/**
 * tool_progress.c's progress_meter(), the one line --parallel draws for all its transfers: its
 * heading once, then a line when more than 500 ms have passed since the last one, and a last one with
 * its newline. -s does not silence it in curl 7.88.1; --no-progress-meter does, and so does a transfer
 * created to write to a terminal (global->noprogress, as the last one created left it).
 */
final class ParallelMeter {
    private static final int SPEEDCNT = 10;
    private static final long DRAW_AFTER_MS = 500;

    /** One transfer's counts, as xferinfo_cb() keeps them in its per_transfer. */
    static final class Entry {
        volatile long dlnow;
        volatile long dltotal;
        volatile long ulnow;
        volatile long ultotal;
        volatile boolean added;
        /** --fail-early after another transfer failed: xferinfo_cb() returns 1 and this one ends. */
        volatile boolean abort;
        /** What the transfer waits on now, woken to see the abort at once as curl's next callback would. */
        volatile Selector waitingOn;

        void abort() {
            abort = true;
            Selector s = waitingOn;
            if (s != null) {
                s.wakeup();
            }
        }
        boolean dltotalAdded;
        boolean ultotalAdded;
    }

    private final Diagnostics stderr;
    private final long startMs;
    private boolean noProgress;
    private boolean header;
    private long stampMs;
    private long allDltotal;
    private long allUltotal;
    private long allDlAlready;
    private long allUlAlready;
    private long allXfers;
    private final long[] speedDl = new long[SPEEDCNT];
    private final long[] speedUl = new long[SPEEDCNT];
    private final long[] speedStamp = new long[SPEEDCNT];
    private int speedIndex;
    private boolean indexWrapped;

    ParallelMeter(Diagnostics stderr, long startMs) {
        this.stderr = stderr;
        this.startMs = startMs;
    }

    /** create_transfer(): one more transfer counted, and global->noprogress as its output leaves it. */
    synchronized void created(boolean noProgressNow) {
        allXfers++;
        noProgress = noProgressNow;
    }

    /** progress_meter(): draws when forced or when the last line is more than 500 ms old; true when it drew. */
    synchronized boolean draw(List<Entry> transfers, long nowMs, boolean last) {
        if (noProgress) {
            return false;
        }
        if (!header) {
            header = true;
            stderr.write("DL% UL%  Dled  Uled  Xfers  Live Total     Current  Left    Speed\n");
        }
        if (!last && nowMs - stampMs <= DRAW_AFTER_MS) {
            return false;
        }
        stampMs = nowMs;
        long dlNow = allDlAlready;
        long ulNow = allUlAlready;
        boolean dlKnown = true;
        boolean ulKnown = true;
        long running = 0;
        for (Entry per : transfers) {
            dlNow += per.dlnow;
            ulNow += per.ulnow;
            if (per.dltotal == 0) {
                dlKnown = false;
            } else if (!per.dltotalAdded) {
                allDltotal += per.dltotal;
                per.dltotalAdded = true;
            }
            if (per.ultotal == 0) {
                ulKnown = false;
            } else if (!per.ultotalAdded) {
                allUltotal += per.ultotal;
                per.ultotalAdded = true;
            }
            if (per.added) {
                running++;
            }
        }
        String dlPercent = dlKnown && allDltotal != 0 ? String.format("%3d", dlNow * 100 / allDltotal) : "--";
        String ulPercent = ulKnown && allUltotal != 0 ? String.format("%3d", ulNow * 100 / allUltotal) : "--";
        long speed = speed(dlNow, ulNow, nowMs);
        String total;
        String left;
        if (dlKnown && speed != 0) {
            total = ProgressMeter.time(allDltotal / speed);
            left = ProgressMeter.time((allDltotal - dlNow) / speed);
        } else {
            total = ProgressMeter.time(0);
            left = ProgressMeter.time(0);
        }
        String spent = ProgressMeter.time((nowMs - startMs) / 1000);
        stderr.write(String.format("\r%-3s %-3s %s %s %5d %5d  %s %s %s %s %5s", dlPercent, ulPercent,
                ProgressMeter.max5(dlNow), ProgressMeter.max5(ulNow), allXfers, running, total, spent, left,
                ProgressMeter.max5(speed), last ? "\n" : ""));
        return true;
    }

    /** progress_finalize(): a transfer's counts kept before it goes away. */
    synchronized void finished(Entry per) {
        allDlAlready += per.dlnow;
        allUlAlready += per.ulnow;
        if (!per.dltotalAdded) {
            allDltotal += per.dltotal;
            per.dltotalAdded = true;
        }
        if (!per.ultotalAdded) {
            allUltotal += per.ultotal;
            per.ultotalAdded = true;
        }
    }

    /** The higher of the download and upload speeds, over the last ten lines (or since the start). */
    private long speed(long dlNow, long ulNow, long nowMs) {
        speedDl[speedIndex] = dlNow;
        speedUl[speedIndex] = ulNow;
        speedStamp[speedIndex] = nowMs;
        if (++speedIndex >= SPEEDCNT) {
            indexWrapped = true;
            speedIndex = 0;
        }
        long deltaMs;
        long dl;
        long ul;
        if (indexWrapped) {
            deltaMs = nowMs - speedStamp[speedIndex];
            dl = dlNow - speedDl[speedIndex];
            ul = ulNow - speedUl[speedIndex];
        } else {
            deltaMs = nowMs - startMs;
            dl = dlNow;
            ul = ulNow;
        }
        if (deltaMs == 0) {
            deltaMs = 1;
        }
        long dls = (long) (dl / (deltaMs / 1000.0));
        long uls = (long) (ul / (deltaMs / 1000.0));
        return Math.max(dls, uls);
    }
}
