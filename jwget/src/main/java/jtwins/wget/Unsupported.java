package jtwins.wget;

/**
 * The wget features this twin does not have (--convert-file-only, WARC, HTML input files,
 * backgrounding). Asked for, they are named and the run stops, rather than silently doing
 * something else than wget would.
 */
final class Unsupported {
    private static final String[][] FEATURES = {
        {"convertfileonly", "--convert-file-only"}, {"forcehtml", "--force-html"},
        {"background", "--background"}, {"warcfile", "--warc-file"}, {"startpos", "--start-pos"},
        {"askpassword", "--ask-password"}, {"useaskpass", "--use-askpass"},
    };

    private Unsupported() {
    }

    static String first(WgetSettings s) {
        String input = s.string("input");
        if (input != null && input.matches("(?i)(https?|ftps?)://.*")) {
            // retrieve_from_file() fetches such an input first and may read it as HTML
            return "--input-file of a URL";
        }
        for (String[] f : FEATURES) {
            // --start-pos is -1 until given; the others are on, or name a file
            if (f[0].equals("startpos") ? s.real("startpos") >= 0 : s.bool(f[0]) || s.string(f[0]) != null) {
                return f[1];
            }
        }
        return null;
    }
}
