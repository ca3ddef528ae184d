package jtwins.curl;

import jtwins.common.Diagnostics;

/**
 * tool_msgs.c: warnings and notes wrapped at 79 columns with their prefix on every line, muted by -s;
 * and helpf()'s two lines for a bad command line. curl names itself "curl" whatever argv[0] says.
 */
final class ToolMessages {
    static final String PROGRAM = "curl";
    private static final int WIDTH = 79;

    private final Diagnostics stderr;
    private final CurlConfig config;

    ToolMessages(Diagnostics stderr, CurlConfig config) {
        this.stderr = stderr;
        this.config = config;
    }

    /** warnf(): "Warning: " and the text, cut at the last blank that fits. */
    void warn(String text) {
        if (config.warningsShown()) {
            stderr.write(wrap("Warning: ", text));
        }
    }

    /** The few warnf() calls of 7.88.1 whose format has no newline of its own: the text ends the line unended. */
    void warnUnended(String text) {
        if (config.warningsShown()) {
            String wrapped = wrap("Warning: ", text);
            stderr.write(wrapped.substring(0, wrapped.length() - 1));
        }
    }

    /** errorf(): "curl: " and the text, muted by -s as warnings are: -S does not bring these back. */
    void error(String text) {
        if (config.warningsShown()) {
            stderr.write(wrap(PROGRAM + ": ", text));
        }
    }

    /**
     * voutf(): the cut keeps the blank at the end of the line, as curl's fwrite(cut + 1) does; the
     * messages of 7.88.1 end in their own newline, which counts towards the width.
     */
    static String wrap(String prefix, String message) {
        String text = message + "\n";
        int width = WIDTH - prefix.length();
        StringBuilder out = new StringBuilder();
        int pos = 0;
        int len = text.length();
        while (len > 0) {
            out.append(prefix);
            if (len > width) {
                int cut = width - 1;
                while (cut > 0 && !isSpace(text.charAt(pos + cut))) {
                    cut--;
                }
                if (cut == 0) {
                    cut = width - 1;
                }
                out.append(text, pos, pos + cut + 1).append('\n');
                pos += cut + 1;
                len -= cut + 1;
            } else {
                out.append(text, pos, pos + len);
                len = 0;
            }
        }
        return out.toString();
    }

    /** helpf(): the reason, then where to read more. */
    static String helpf(String reason) {
        return (reason == null ? "" : PROGRAM + ": " + reason + "\n") + PROGRAM
                + ": try 'curl --help' or 'curl --manual' for more information\n";
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
