package jtwins.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jtwins.common.nativecall.JdkSelectorProvider;

/**
 * The frame around every twin's main(): turns a {@link Failure} into its line and exit status, and
 * anything unexpected into a one-line diagnostic. No Java stack trace ever reaches a user.
 */
public final class ToolMain {
    /** A twin's body: returns its exit status or throws a Failure. */
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
        JdkSelectorProvider.install();
        StartupWarmup.begin();
        Diagnostics diagnostics = new Diagnostics(ProgramName.get(defaultName));
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
        System.out.flush();
        for (Runnable action : BEFORE_EXIT) {
            action.run();
        }
        Runtime.getRuntime().halt(status);
    }
}
