package jtwins.curl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jtwins.common.Diagnostics;

/**
 * tool_operate.c's parallel_transfers() for -Z: up to --parallel-max transfers at once, each on a
 * thread of its own where libcurl's multi handle drives them all from one; transfers are created
 * ahead of being started (add_parallel_transfers(): one more than are running, up to twice the
 * maximum), each ends on its own clocks as it would alone, and as one ends the next starts. Errors
 * and -w lines come in the order the transfers end; the exit code is that of the last one to fail.
 */
final class ParallelTransfers {
    static final int DEFAULT_MAX = 50;
    static final int MAX = 300;
    /** curl_multi_poll()'s longest wait: the meter's chance to draw when nothing happens. */
    private static final long POLL_MS = 1000;
    /** How often the loop looks for activity, which wakes curl_multi_poll() at once. */
    private static final long ACTIVITY_MS = 100;

    /** A created transfer: its job, its counts, and its thread once started. */
    private static final class Per {
        final TransferQueue.Job job;
        final ParallelMeter.Entry entry = new ParallelMeter.Entry();
        long lastSeenBytes;

        Per(TransferQueue.Job job) {
            this.job = job;
        }
    }

    /** How a transfer's thread ended. */
    private record Ended(Per per, CurlCode code, Throwable thrown) {
    }

    private final CurlConfig global;
    private final TransferQueue queue;
    private final long processStart;
    private final Diagnostics stderr;
    private final DebugTrace verbose;
    private final boolean stdoutTerminal;
    private final TransferShare share;
    private final List<Per> transfers = new ArrayList<>();
    private final LinkedBlockingQueue<Ended> ended = new LinkedBlockingQueue<>();
    private final ParallelMeter meter;
    /** The command line's first transfers, started once the meter's first line is out. */
    private final List<Thread> held = new ArrayList<>();
    private int added;
    private boolean noneLeft;
    private boolean firstStart = true;

    ParallelTransfers(CurlConfig global, TransferQueue queue, long processStart, Diagnostics stderr,
                      DebugTrace verbose, boolean stdoutTerminal, TransferShare share) {
        this.global = global;
        this.queue = queue;
        this.processStart = processStart;
        this.stderr = stderr;
        this.verbose = verbose;
        this.stdoutTerminal = stdoutTerminal;
        this.share = share;
        this.meter = new ParallelMeter(stderr, System.currentTimeMillis());
    }

    int run() throws IOException, InterruptedException {
        CurlCode result = CurlCode.OK;
        boolean wrapUp = false;
        try {
            addTransfers();
        } catch (TransferQueue.BadPattern bad) {
            return CurlMain.badPattern(bad, global, stderr);
        }
        firstStart = false;
        // the transfers just added have their timers due: the first curl_multi_poll() returns at once,
        // and the meter's first line is drawn before any of them has moved a byte
        meter.draw(entries(), System.currentTimeMillis(), false);
        for (Thread t : held) {
            t.start();
        }
        held.clear();
        long tick = System.currentTimeMillis() / 1000;
        while (added > 0 || (!wrapUp && hasWaiting())) {
            Ended one = ended.poll(waitMs(), TimeUnit.MILLISECONDS);
            meter.draw(entries(), System.currentTimeMillis(), false);
            boolean checkMore = false;
            for (; one != null; one = ended.poll()) {
                if (one.thrown() != null) {
                    throw new IOException(one.thrown().getMessage(), one.thrown());
                }
                meter.finished(one.per().entry);
                transfers.remove(one.per());
                added--;
                checkMore = true;
                // a transfer stopped for another's failure does not replace that failure's code
                if (one.code() != CurlCode.OK && (!one.per().entry.abort || result == CurlCode.OK)) {
                    result = one.code();
                }
                if (result != CurlCode.OK && global.failEarly && !wrapUp) {
                    // --fail-early: nothing more starts, and what is running is told to stop
                    wrapUp = true;
                    for (Per per : transfers) {
                        if (per.entry.added) {
                            per.entry.abort();
                        }
                    }
                }
            }
            long tock = System.currentTimeMillis() / 1000;
            if (!checkMore && tick != tock) {
                checkMore = true;
                tick = tock;
            }
            if (checkMore && !wrapUp) {
                try {
                    addTransfers();
                } catch (TransferQueue.BadPattern bad) {
                    result = bad.failure.code();
                    wrapUp = true;
                    if (global.errorsShown()) {
                        stderr.write("curl: (" + result.number() + ") " + bad.failure.getMessage() + "\n");
                    }
                }
            }
        }
        meter.draw(entries(), System.currentTimeMillis(), true);
        share.connections().closeAll();
        StdoutStream.flushQuietly();
        return result.number();
    }

    /** add_parallel_transfers(): one transfer created ahead, then each waiting one started while there is room. */
    private void addTransfers() throws TransferQueue.BadPattern {
        if (transfers.size() < global.parallelMax * 2) {
            create();
        }
        for (int i = 0; i < transfers.size() && added < global.parallelMax; i++) {
            Per per = transfers.get(i);
            if (per.entry.added) {
                continue;
            }
            start(per);
            create();
        }
    }

    private void create() throws TransferQueue.BadPattern {
        if (noneLeft) {
            return;
        }
        TransferQueue.Job job = queue.next(share.connections());
        if (job == null) {
            noneLeft = true;
            return;
        }
        transfers.add(new Per(job));
        CurlMain.recordSetopts(job, stdoutTerminal, share);
        // single_transfer(): a transfer whose output is a terminal switches the meter off for all
        String out = job.node().outfile;
        boolean toTerminal = (out == null || out.equals("-")) && !job.node().remoteName && stdoutTerminal;
        meter.created(toTerminal || job.config().noProgressMeter);
    }

    private List<ParallelMeter.Entry> entries() {
        List<ParallelMeter.Entry> out = new ArrayList<>(transfers.size());
        for (Per per : transfers) {
            out.add(per.entry);
        }
        return out;
    }

    private boolean hasWaiting() {
        for (Per per : transfers) {
            if (!per.entry.added) {
                return true;
            }
        }
        return false;
    }

    private void start(Per per) {
        if (share.source() != null) {
            // pre_transfer() as the transfer is added: a -T file's size, and no perform line
            LibcurlSetopts.beforePerform(share.source(), per.job.node(), false);
        }
        per.entry.added = true;
        added++;
        // the transfers started with the command line are on curl's clocks from its exec, as a lone one is
        long anchor = firstStart ? processStart : System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                CurlCode code = CurlMain.transfer(per.job, anchor, stderr, verbose, stdoutTerminal, share, per.entry);
                if (per.job.config().cookieJar != null) {
                    CurlMain.flushCookies(per.job.config(), share.cookies(), verbose);
                }
                ended.add(new Ended(per, code, null));
            } catch (IOException | RuntimeException e) {
                ended.add(new Ended(per, null, e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended.add(new Ended(per, null, e));
            }
        }, "transfer");
        t.setDaemon(true);
        if (firstStart) {
            held.add(t);
        } else {
            t.start();
        }
    }

    /** Back at once when data moved since the last look (curl_multi_poll() wakes on it), else at the poll's end. */
    private long waitMs() {
        boolean moved = false;
        for (Per per : transfers) {
            long seen = per.entry.dlnow + per.entry.ulnow;
            moved |= seen != per.lastSeenBytes;
            per.lastSeenBytes = seen;
        }
        return moved ? ACTIVITY_MS : POLL_MS;
    }
}
