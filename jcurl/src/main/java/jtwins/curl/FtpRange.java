package jtwins.curl;

/**
 * Curl_range() for -r over FTP (and FILE's rules): "X-Y" starts at X and takes Y-X+1 bytes, "X-"
 * starts at X, "-Y" takes the last Y (a negative start ftp_state_retr() turns into one from the
 * size). A number past 63 bits, or Y before X, is CURLE_RANGE_ERROR, which ftp_do_more() then
 * loses (the state machine's result overwrites it): nothing is transferred and curl exits 0.
 */
record FtpRange(long resumeFrom, long maxDownload) {
    /** A range Curl_range() refused. */
    static final FtpRange REFUSED = new FtpRange(0, 0);

    /** The range, or null without -r. */
    static FtpRange of(String range) {
        if (range == null) {
            return null;
        }
        int[] at = {0};
        Long from;
        Long to;
        try {
            from = offset(range, at);
            while (at[0] < range.length() && (range.charAt(at[0]) == ' ' || range.charAt(at[0]) == '\t'
                    || range.charAt(at[0]) == '-')) {
                at[0]++;
            }
            to = offset(range, at);
        } catch (NumberFormatException overflow) {
            return REFUSED;
        }
        if (to == null && from != null) {
            return new FtpRange(from, -1);
        }
        if (from == null && to != null) {
            return new FtpRange(-to, to);
        }
        long f = from == null ? 0 : from;
        long t = to == null ? 0 : to;
        if (f > t || t - f == Long.MAX_VALUE) {
            return REFUSED;
        }
        return new FtpRange(f, t - f + 1);
    }

    /** curlx_strtoofft(): blanks, then decimal digits (no sign); null when there are none; past 63 bits it throws. */
    private static Long offset(String s, int[] at) {
        int i = at[0];
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            return null;
        }
        long v = Long.parseLong(s.substring(start, i));
        at[0] = i;
        return v;
    }
}
