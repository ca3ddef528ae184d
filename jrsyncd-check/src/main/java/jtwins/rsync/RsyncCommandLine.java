package jtwins.rsync;

import java.io.PrintStream;
import jtwins.common.BundledText;
import jtwins.common.resolver.AddressFamily;

/**
 * rsync's popt parsing of the command line: options anywhere among the arguments, "--name=value" or
 * "--name value", bundled short options, no abbreviations. popt's complaints come as
 * "rsync: ARG: unknown option" and "rsync: ARG: invalid numeric value", then RERR_SYNTAX.
 */
final class RsyncCommandLine {
    private RsyncCommandLine() {
    }

    /** Unsupported is rsync's option that this twin leaves to rsync: the line says so, status 1. */
    static final class Unsupported extends Exception {
        Unsupported(String option) {
            super(option + ": an rsync option jrsyncd-check does not implement (it lists and checks daemons)");
        }
    }

    static RsyncSettings parse(String[] argv, PrintStream err) throws RsyncError, Unsupported {
        RsyncSettings s = new RsyncSettings();
        boolean shortHelpAlone = argv.length == 1 && argv[0].equals("-h");
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (arg.equals("--")) {
                for (i++; i < argv.length; i++) {
                    s.args.add(argv[i]);
                }
                break;
            }
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = arg.substring(2, eq < 0 ? arg.length() : eq);
                RsyncOption o = RsyncOption.byLong(name);
                if (o == null) {
                    throw unknown(arg, name, err);
                }
                String value = null;
                String shownOnError = arg;
                if (o.takesArgument) {
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < argv.length) {
                        value = argv[++i];
                        shownOnError = value;
                    } else {
                        err.println("rsync: " + arg + ": missing argument");
                        throw RsyncError.syntax("main.c(1886)");
                    }
                }
                apply(s, o, value, shownOnError, err);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                for (int j = 1; j < arg.length(); j++) {
                    char c = arg.charAt(j);
                    RsyncOption o = RsyncOption.byShort(c);
                    if (o == RsyncOption.HELP && !shortHelpAlone) {
                        throw new Unsupported("-h (--human-readable)");
                    }
                    if (o == null) {
                        throw unknown("-" + c, String.valueOf(c), err);
                    }
                    apply(s, o, null, arg, err);
                }
            } else {
                s.args.add(arg);
            }
        }
        return s;
    }

    private static void apply(RsyncSettings s, RsyncOption o, String value, String shown, PrintStream err)
            throws RsyncError {
        switch (o) {
            case VERBOSE -> s.verbose++;
            case QUIET -> s.quiet = true;
            case NO_MOTD -> s.noMotd = true;
            case PORT -> s.port = number(value, shown, err);
            case IPV4 -> s.family = AddressFamily.INET;
            case IPV6 -> s.family = AddressFamily.INET6;
            case CONTIMEOUT -> s.contimeout = number(value, shown, err);
            case TIMEOUT -> s.timeout = number(value, shown, err);
            case PASSWORD_FILE -> s.passwordFile = value;
            case LIST_ONLY -> s.listOnly = true;
            case HELP -> s.help = true;
            case VERSION -> s.version = true;
        }
    }

    /** POPT_ARG_INT: strtol over the whole value, in int's range. */
    private static int number(String value, String shown, PrintStream err) throws RsyncError {
        try {
            return Integer.parseInt(value.strip().startsWith("+") ? value.strip().substring(1) : value.strip());
        } catch (NumberFormatException e) {
            err.println("rsync: " + shown + ": invalid numeric value");
            throw RsyncError.syntax("main.c(1886)");
        }
    }

    /** Not an option of this twin: rsync's answer if rsync has no such option either. */
    private static RsyncError unknown(String shown, String name, PrintStream err) throws Unsupported {
        if (RsyncOptionNames.known(name)) {
            throw new Unsupported(shown);
        }
        err.println("rsync: " + shown + ": unknown option");
        return RsyncError.syntax("main.c(1886)");
    }

    /** The help text rsync --help prints (which starts with --version's lines). */
    static String help() {
        return resource("help.txt");
    }

    static String version() {
        return resource("version.txt");
    }

    static String resource(String name) {
        return BundledText.read(RsyncCommandLine.class, name);
    }
}
