package jtwins.wget;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import jtwins.common.Errno;
import jtwins.common.ToolMain;

/**
 * log.c: every message goes through one of wget's log levels to stderr or to the -o/-a file. What a
 * level shows depends on -q, -nv and -v exactly as logprintf() decides it.
 */
final class WgetLog {
    enum Level {
        /** shown unless -nv or -q */
        VERBOSE,
        /** shown only with -nv */
        NONVERBOSE,
        /** shown unless -q */
        NOTQUIET,
        /** progress output: shown when the progress display is on */
        PROGRESS,
        ALWAYS
    }

    private final OutputStream out;
    private final boolean verbose;
    private final boolean quiet;
    private final boolean progress;
    private final boolean toFile;
    private boolean debug;

    private WgetLog(OutputStream out, boolean verbose, boolean quiet, boolean progress, boolean toFile) {
        this.out = out;
        this.verbose = verbose;
        this.quiet = quiet;
        this.progress = progress;
        this.toFile = toFile;
    }

    /** log_init(): the -o file truncated, the -a file appended to, or stderr. */
    static WgetLog open(String file, boolean append, boolean verbose, boolean quiet, boolean progress)
            throws IOException {
        if (file == null) {
            return new WgetLog(new FileOutputStream(java.io.FileDescriptor.err), verbose, quiet, progress, false);
        }
        OutputStream o = file.equals("-") ? new FileOutputStream(java.io.FileDescriptor.out)
                : new FileOutputStream(file, append);
        return new WgetLog(o, verbose, quiet, progress, true);
    }

    boolean toFile() {
        return toFile;
    }

    /** -d: debug_logprintf() prints whatever -q and -nv say. */
    WgetLog debugging(boolean on) {
        debug = on;
        return this;
    }

    boolean debug() {
        return debug;
    }

    /** DEBUGP(). */
    void debug(String text) {
        if (debug) {
            emit(text);
        }
    }

    boolean verbose() {
        return verbose;
    }

    boolean quiet() {
        return quiet;
    }

    boolean shows(Level level) {
        return switch (level) {
            case VERBOSE -> verbose && !quiet;
            case NONVERBOSE -> !verbose && !quiet;
            case NOTQUIET -> !quiet;
            case PROGRESS -> progress;
            case ALWAYS -> true;
        };
    }

    void put(Level level, String text) {
        if (shows(level)) {
            emit(text);
        }
    }

    /**
     * One message out. log.c logprintf(): a log whose reader has gone (EPIPE) ends wget there and
     * then with exit 1; any other failure to write is ignored, as fprintf()'s is.
     */
    private void emit(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (Errno.of(e) == Errno.EPIPE) {
                ToolMain.exit(1);
            }
        }
    }

    void verbose(String text) {
        put(Level.VERBOSE, text);
    }

    void notQuiet(String text) {
        put(Level.NOTQUIET, text);
    }

    /** The "--DATE--  URL" line: written at LOG_NOTQUIET, but only when verbose. */
    void notQuietIfVerbose(String text) {
        if (verbose) {
            put(Level.NOTQUIET, text);
        }
    }

    void nonVerbose(String text) {
        put(Level.NONVERBOSE, text);
    }
}
