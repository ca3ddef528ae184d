package jtwins.common;

/**
 * The end of a run: the exit status the original would return and the exact line it would print
 * (already complete, program name excluded), or no line at all. Thrown up to {@link ToolMain},
 * the one place that prints it.
 */
public final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String line;

    private Failure(int status, String line) {
        super(line, null, false, false);
        this.status = status;
        this.line = line;
    }

    /** err(3): "prog: message: strerror(errno)". */
    public static Failure err(int status, Errno errno, String message) {
        return new Failure(status, message == null ? errno.text() : message + ": " + errno.text());
    }

    /** errx(3): "prog: message". */
    public static Failure errx(int status, String message) {
        return new Failure(status, message);
    }

    /** A line printed verbatim, without the program name (usage texts, other tools' shapes). */
    public static Failure raw(int status, String text) {
        return new Failure(status, "\0" + text);
    }

    /** Exit with a status and nothing printed. */
    public static Failure silent(int status) {
        return new Failure(status, null);
    }

    public int status() {
        return status;
    }

    /** The line as the original prints it, given the name the program was called by. */
    public String render(String programName) {
        if (line == null) {
            return null;
        }
        if (line.startsWith("\0")) {
            return line.substring(1);
        }
        return programName + ": " + line;
    }
}
