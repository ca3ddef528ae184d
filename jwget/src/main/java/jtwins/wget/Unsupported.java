package jtwins.wget;

/**
 * The wget features this twin does not have (--convert-file-only, WARC, backgrounding,
 * --use-askpass). Asked for, they are named and the run stops, rather than silently doing
 * something else than wget would.
 */
final class Unsupported {
    private static final String[][] FEATURES = {
        {"convertfileonly", "--convert-file-only"},
        {"background", "--background"}, {"warcfile", "--warc-file"},
        {"useaskpass", "--use-askpass"},
    };

    private Unsupported() {
    }

    static String first(WgetSettings s) {
        for (String[] f : FEATURES) {
            // each is on, or names a file
            if (s.bool(f[0]) || s.string(f[0]) != null) {
                return f[1];
            }
        }
        return null;
    }
}
