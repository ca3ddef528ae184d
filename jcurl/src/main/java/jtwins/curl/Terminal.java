package jtwins.curl;

import java.nio.file.Files;
import java.nio.file.Path;

/** isatty(STDOUT_FILENO) and the bar's width, as far as a JVM can see them without a native call. */
final class Terminal {
    private Terminal() {
    }

    static boolean stdoutIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception e) {
            return false;
        }
    }

    /** progressbarinit(): $COLUMNS when 21..9999, else 79 (curl also asks the terminal; a JVM cannot). */
    static int columns() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                int n = Integer.parseInt(columns);
                if (n > 20 && n < 10000) {
                    return Math.min(n, 256);
                }
            } catch (NumberFormatException ignored) {
                // not a number: curl ignores it too
            }
        }
        return 79;
    }
}
