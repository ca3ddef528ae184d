package jtwins.wget;

/**
 * progress.c's dot display, what wget shows when stderr is not a terminal or the log is a file:
 * one dot per dot_bytes, clusters and rows, each full row closed with its percentage, the row's rate
 * and an ETA; the last row padded and closed with the total time.
 */
final class DotProgress implements Progress {
    private final WgetLog log;
    private final long initial;
    private final long total;
    private final int dotBytes;
    private final int spacing;
    private final int dotsInLine;
    private final boolean bits;
    private long accumulated;
    private double dltime;
    private long rows;
    private int dots;
    private double lastTimerValue;

    DotProgress(WgetLog log, long initial, long total, String style, boolean bits) {
        this.log = log;
        this.initial = initial;
        this.total = total;
        this.bits = bits;
        int[] params = switch (style == null ? "default" : style.toLowerCase(java.util.Locale.ROOT)) {
            case "binary" -> new int[] {8192, 16, 48};
            case "mega" -> new int[] {65536, 8, 48};
            case "giga" -> new int[] {1 << 20, 8, 32};
            default -> new int[] {1024, 10, 50};
        };
        this.dotBytes = params[0];
        this.spacing = params[1];
        this.dotsInLine = params[2];
        if (initial > 0) {
            skipInitial();
        }
    }

    /** dot_create for a continued download: the part already there shown as a "skipping" line and commas. */
    private void skipInitial() {
        long rowBytes = (long) dotBytes * dotsInLine;
        long remainder = initial % rowBytes;
        long skipped = initial - remainder;
        if (skipped > 0) {
            long skippedK = skipped / 1024;
            int len = Math.max(6, Long.toString(skippedK).length());
            put("\n" + " ".repeat(2 + len) + "[ skipping " + skippedK + "K ]");
        }
        StringBuilder row = new StringBuilder("\n" + RateText.pad(Long.toString(skipped / 1024), 6) + "K");
        for (; remainder >= dotBytes; remainder -= dotBytes) {
            if (dots % spacing == 0) {
                row.append(' ');
            }
            row.append(',');
            dots++;
        }
        put(row.toString());
        accumulated = remainder;
        rows = skipped / rowBytes;
    }

    @Override
    public void update(long howMuch, double dltimeSecs) {
        accumulated += howMuch;
        dltime = dltimeSecs;
        long rowBytes = (long) dotBytes * dotsInLine;
        StringBuilder out = new StringBuilder();
        for (; accumulated >= dotBytes; accumulated -= dotBytes) {
            if (dots == 0) {
                out.append('\n').append(RateText.pad(Long.toString(rows * rowBytes / 1024), 6)).append('K');
            }
            if (dots % spacing == 0) {
                out.append(' ');
            }
            out.append('.');
            dots++;
            if (dots >= dotsInLine) {
                rows++;
                dots = 0;
                out.append(rowStats(dltime, false));
            }
        }
        if (out.length() > 0) {
            put(out.toString());
        }
    }

    @Override
    public void finish(double dltimeSecs) {
        long rowBytes = (long) dotBytes * dotsInLine;
        StringBuilder out = new StringBuilder();
        if (dots == 0) {
            out.append('\n').append(RateText.pad(Long.toString(rows * rowBytes / 1024), 6)).append('K');
        }
        for (int i = dots; i < dotsInLine; i++) {
            if (i % spacing == 0) {
                out.append(' ');
            }
            out.append(' ');
        }
        out.append(rowStats(dltimeSecs, true));
        put(out.toString());
        log.verbose("\n\n");
    }

    private String rowStats(double time, boolean last) {
        long rowBytes = (long) dotBytes * dotsInLine;
        long displayed = rows * rowBytes + (long) dots * dotBytes;
        if (last) {
            displayed += accumulated;
        }
        StringBuilder s = new StringBuilder();
        if (total > 0) {
            int percentage = (int) (100.0 * displayed / total);
            s.append(RateText.pad(Integer.toString(percentage), 3)).append('%');
        }
        long thisRow = last ? (long) dots * dotBytes + accumulated : rowBytes;
        if (rows == initial / rowBytes) {
            thisRow -= initial % rowBytes;
        }
        s.append(RateText.dotRate(thisRow, time - lastTimerValue, bits));
        lastTimerValue = time;
        if (!last) {
            if (total > 0) {
                long remaining = total - displayed;
                long sofar = displayed - initial;
                double eta = time * remaining / sofar;
                if (eta < Integer.MAX_VALUE - 1) {
                    s.append(' ').append(RateText.eta((int) (eta + 0.5), true));
                }
            }
        } else if (time >= 10) {
            s.append('=').append(RateText.eta((int) (time + 0.5), true));
        } else {
            s.append('=').append(RateText.decimal(time)).append('s');
        }
        return s.toString();
    }

    private void put(String s) {
        log.put(WgetLog.Level.PROGRESS, s);
    }
}
