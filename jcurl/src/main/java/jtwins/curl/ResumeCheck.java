package jtwins.curl;

/**
 * lib/http.c's Content-Range check for -C: the first number after "Content-Range:" (past "bytes",
 * "bytes:" or nothing) must be the offset asked for, or the server did not resume.
 */
final class ResumeCheck {
    private ResumeCheck() {
    }

    /** Whether this Content-Range value (null when absent) starts where the request asked. */
    static boolean resumed(String contentRange, long resumeFrom) {
        if (contentRange == null) {
            return false;
        }
        int i = 0;
        while (i < contentRange.length() && !isDigit(contentRange.charAt(i)) && contentRange.charAt(i) != '*') {
            i++;
        }
        if (i == contentRange.length() || !isDigit(contentRange.charAt(i))) {
            return false;
        }
        long offset = 0;
        while (i < contentRange.length() && isDigit(contentRange.charAt(i))) {
            int d = contentRange.charAt(i++) - '0';
            if (offset > (Long.MAX_VALUE - d) / 10) {
                return false;
            }
            offset = offset * 10 + d;
        }
        return offset == resumeFrom;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Curl_http_header()'s Content-Range: when the first digit or asterisk is not a digit (an unknown range),
     * resume_from is set back to 0, the request counting as no resume any more.
     */
    static boolean resetsResume(String contentRange) {
        if (contentRange == null) {
            return false;
        }
        for (int i = 0; i < contentRange.length(); i++) {
            char c = contentRange.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (c == '*') {
                return true;
            }
        }
        return true;
    }
}
