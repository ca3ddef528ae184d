package jtwins.common;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jtwins.common.process.ArgvBytes;
import jtwins.common.process.JdkStartProperties;
import jtwins.common.trace.Trace;

/**
 * The frame around every twin's main(): turns a {@link Failure} into its line and exit status, and
 * anything unexpected into a one-line diagnostic. No Java stack trace ever reaches a user.
 */
public final class ToolMain {
    /**
     * A twin's body: returns its exit status or throws a Failure. Each twin gives it as a class of
     * its own, not a lambda or method reference: on Java 17 a run's first lambda links the JDK's
     * method-handle machinery (88 classes, a lambda form spun with ASM), 3-4 ms of a --help.
     */
    public interface Body {
        int run(String[] args, Diagnostics diagnostics) throws Exception;
    }

    private static final List<Runnable> BEFORE_EXIT = new CopyOnWriteArrayList<>();

    private ToolMain() {
    }

    /** Work to do just before the exit status is returned (stopping helper threads). */
    public static void beforeExit(Runnable action) {
        BEFORE_EXIT.add(action);
    }

    public static void run(String defaultName, String[] args, Body body) {
        run(args, new Diagnostics(ProgramName.get(defaultName)), body);
    }

    /**
     * For a twin that, as its original, treats its arguments as bytes: each one arrives as
     * {@link ArgvBytes#asLatin1}, and what it prints on stderr goes out as those bytes again.
     */
    public static void runOnBytes(String defaultName, String[] args, Body body) {
        String program = ArgvBytes.fromPlatform(ProgramName.get(defaultName));
        run(ArgvBytes.asLatin1(args), new Diagnostics(program, StandardCharsets.ISO_8859_1), body);
    }

    private static void run(String[] args, Diagnostics diagnostics, Body body) {
        JdkStartProperties.install();
        if (!aloneHelpOrVersion(args)) {
            StartupWarmup.begin();
        }
        int status;
        try {
            status = body.run(args, diagnostics);
        } catch (Failure f) {
            String line = f.render(diagnostics.program());
            if (line != null) {
                diagnostics.line(line);
            }
            status = f.status();
        } catch (Throwable t) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            diagnostics.warnx(message);
            status = 1;
        }
        exit(status);
    }

    /**
     * A lone -h, -V, --help or --version opens no socket in any of the five originals (mysqladmin's
     * -h without its host is a usage error), so the warm-up would only compete with the text for the
     * CPU: 2-3 ms of a --version on two cores.
     */
    private static boolean aloneHelpOrVersion(String[] args) {
        if (args.length != 1) {
            return false;
        }
        return switch (args[0]) {
            case "-h", "-V", "--help", "--version" -> true;
            default -> false;
        };
    }

    /**
     * exit(3) from wherever the original calls it: standard output flushed, the before-exit work
     * done, the process gone with that status.
     */
    public static void exit(int status) {
        System.out.flush();
        Trace.listener().exit(status);
        for (Runnable action : BEFORE_EXIT) {
            action.run();
        }
        Runtime.getRuntime().halt(status);
    }
}
