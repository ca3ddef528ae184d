package jtwins.common;

/**
 * The name the twin was called by. The launchers pass their argv[0] on, so a twin started through a
 * symlink named nc says "nc:", as err(3) prints basename(argv[0]).
 */
public final class ProgramName {
    private ProgramName() {
    }

    /** argv[0] verbatim, path and all, as the MariaDB client's my_progname prints it. */
    public static String asCalled(String fallback) {
        String argv0 = System.getProperty("jtwins.argv0");
        return argv0 == null || argv0.isEmpty() ? fallback : argv0;
    }

    public static String get(String fallback) {
        String argv0 = System.getProperty("jtwins.argv0");
        if (argv0 == null || argv0.isEmpty()) {
            return fallback;
        }
        int slash = argv0.lastIndexOf('/');
        return slash >= 0 ? argv0.substring(slash + 1) : argv0;
    }
}
