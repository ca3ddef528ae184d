package jtwins.wget;

import jtwins.common.nativecall.TerminalSize;

/**
 * progress.c's bar, what wget draws when stderr is a terminal: one line redrawn at most five times a
 * second — the file name, the percentage, the thermometer, the size so far, the current speed over
 * the last few seconds (a ring of 150 ms samples) and the ETA; "in Ns" when done.
 */
final class BarProgress implements Progress {
    private static final int HISTORY = 20;
    private static final double SAMPLE_MIN = 0.15;
    private static final double STALL_START = 5;
    private static final double REFRESH_INTERVAL = 0.2;
    private static final double ETA_REFRESH_INTERVAL = 0.99;

    private final WgetLog log;
    private final String file;
    private final long initial;
    private long total;
    private final boolean bits;
    private final int width;
    private long count;
    private double lastScreenUpdate;
    private double dltime;
    private int tick;
    private final double[] times = new double[HISTORY];
    private final long[] bytes = new long[HISTORY];
    private int pos;
    private double totalTime;
    private long totalBytes;
    private double recentStart;
    private long recentBytes;
    private boolean stalled;
    private double lastEtaTime;
    private int lastEtaValue;

    BarProgress(WgetLog log, String file, long initial, long total, boolean bits) {
        this.log = log;
        this.file = file;
        this.initial = initial;
        this.total = initial > total ? initial : total;
        this.bits = bits;
        int screen = TerminalSize.columns(2);
        if (screen == 0) {
            screen = 80;
        } else if (screen < 45) {
            screen = 45;
        }
        this.width = screen - 1;
        log.verbose("\n");
        display(image(0, false));
    }

    /** The bar is drawn on a terminal and not into a log file, unless --show-progress asks for it. */
    static boolean fits(WgetLog log, Boolean showProgress) {
        return (!log.toFile() || Boolean.TRUE.equals(showProgress)) && TerminalSize.isTerminal(2);
    }

    @Override
    public void update(long howMuch, double dltimeSecs) {
        dltime = dltimeSecs;
        count += howMuch;
        if (total > 0 && count + initial > total) {
            total = initial + count;
        }
        updateSpeedRing(howMuch, dltimeSecs);
        if (dltime - lastScreenUpdate < REFRESH_INTERVAL) {
            return;
        }
        display(image(dltime, false));
        lastScreenUpdate = dltime;
    }

    @Override
    public void finish(double dltimeSecs) {
        if (total > 0 && count + initial > total) {
            total = initial + count;
        }
        display(image(dltimeSecs, true));
        log.verbose("\n");
        log.put(WgetLog.Level.PROGRESS, "\n");
    }

    private void updateSpeedRing(long howMuch, double time) {
        double recentAge = time - recentStart;
        recentBytes += howMuch;
        if (recentAge < SAMPLE_MIN) {
            return;
        }
        if (howMuch == 0) {
            if (recentAge >= STALL_START) {
                stalled = true;
                java.util.Arrays.fill(times, 0);
                java.util.Arrays.fill(bytes, 0);
                totalTime = 0;
                totalBytes = 0;
                pos = 0;
                recentBytes = 0;
            }
            return;
        }
        if (stalled) {
            stalled = false;
            recentAge = 1;
        }
        totalTime -= times[pos];
        totalBytes -= bytes[pos];
        times[pos] = recentAge;
        bytes[pos] = recentBytes;
        totalTime += recentAge;
        totalBytes += recentBytes;
        recentStart = time;
        recentBytes = 0;
        pos = (pos + 1) % HISTORY;
    }

    private String image(double time, boolean done) {
        int maxFilenameCols = width / 4;
        long size = initial + count;
        int progressSize = width - (maxFilenameCols + 1 + 4 + 2 + 8 + 10 + 15);
        if (progressSize < 5) {
            progressSize = 0;
        }
        StringBuilder p = new StringBuilder();
        if (file.length() <= maxFilenameCols) {
            p.append(file).append(' ').append(" ".repeat(maxFilenameCols - file.length()));
        } else {
            int offset = 0;
            int padding = 0;
            if (file.length() > maxFilenameCols + 5 && !done) {
                offset = (tick + file.length() + maxFilenameCols / 2) % (file.length() + maxFilenameCols);
                if (offset > file.length()) {
                    padding = maxFilenameCols - (offset - file.length());
                    p.append(" ".repeat(padding));
                    offset = 0;
                }
            }
            int shown = Math.min(maxFilenameCols - padding, file.length() - offset);
            p.append(file, offset, offset + shown);
            p.append(" ".repeat(maxFilenameCols - (padding + shown) + 1));
        }
        if (total > 0) {
            p.append(RateText.pad(Integer.toString((int) (100.0 * size / total)), 3)).append('%');
        } else {
            p.append("    ");
        }
        if (progressSize > 0 && total > 0) {
            int insz = (int) ((double) initial / total * progressSize);
            int dlsz = (int) ((double) size / total * progressSize);
            p.append('[');
            int begin = p.length();
            p.append("+".repeat(insz));
            dlsz -= insz;
            if (dlsz > 0) {
                p.append("=".repeat(dlsz - 1)).append('>');
            }
            p.append(" ".repeat(progressSize - (p.length() - begin))).append(']');
        } else if (progressSize > 0) {
            int ind = tick % (progressSize * 2 - 6);
            int at = ind < progressSize - 2 ? ind + 1 : progressSize - (ind - progressSize + 5);
            p.append('[');
            for (int i = 0; i < progressSize; i++) {
                p.append(i == at - 1 ? '<' : i == at ? '=' : i == at + 1 ? '>' : ' ');
            }
            p.append(']');
        }
        tick++;
        String downSize = RateText.human(size, 1000, 2);
        p.append(" ".repeat(Math.max(0, 8 - downSize.length()))).append(downSize);
        if (totalTime > 0 && totalBytes > 0) {
            double[] r = RateText.rate(totalBytes + recentBytes, totalTime + (time - recentStart), bits);
            String[] units = bits ? new String[] {" b/s", "Kb/s", "Mb/s", "Gb/s"} : new String[] {" B/s", "KB/s", "MB/s", "GB/s"};
            int digits = r[0] >= 99.95 ? 0 : r[0] >= 9.995 ? 1 : 2;
            p.append("  ").append(RateText.pad(RateText.fixed(r[0], digits), 4)).append(units[(int) r[1]]);
        } else {
            p.append("  --.-KB/s");
        }
        if (!done) {
            if (total > 0 && count > 0 && time > 3) {
                int eta;
                if (total != size && lastEtaValue != 0 && time - lastEtaTime < ETA_REFRESH_INTERVAL) {
                    eta = lastEtaValue;
                } else {
                    double e = time * (total - size) / count;
                    eta = (int) (e + 0.5);
                    lastEtaValue = eta;
                    lastEtaTime = time;
                }
                p.append("    eta ").append(RateText.eta(eta, false));
            } else if (total > 0) {
                p.append(" ".repeat(15));
            }
        } else {
            String in = "    in " + (time >= 10 ? RateText.eta((int) (time + 0.5), false) : RateText.decimal(time) + "s");
            p.append(in).append(" ".repeat(Math.max(0, 15 - in.length())));
        }
        if (p.length() < width) {
            p.append(" ".repeat(width - p.length()));
        }
        return p.toString();
    }

    private void display(String image) {
        log.put(WgetLog.Level.PROGRESS, "\r" + image);
    }
}
