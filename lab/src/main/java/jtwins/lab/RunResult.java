package jtwins.lab;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** One program run: exit status (null when it hung and was killed), output, files left, time to exit. */
public record RunResult(Integer exit, byte[] stdout, String stderr, List<String> filesLeft, long elapsedMillis) {
    public boolean hung() {
        return exit == null;
    }

    public String exitText() {
        return exit == null ? "hang" : exit.toString();
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** The first line of stderr, for a table cell. */
    public String firstStderrLine() {
        String s = stderr.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }
}
