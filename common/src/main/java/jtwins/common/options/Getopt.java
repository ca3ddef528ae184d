package jtwins.common.options;

import java.util.ArrayList;
import java.util.List;

/**
 * glibc getopt(3) as the originals call it: clustered flags (-vzw2), attached and detached values,
 * "--", and GNU permutation (options after operands) unless POSIXLY_CORRECT is set. Its two error
 * lines name argv[0] exactly as given, not its basename, as glibc prints them.
 */
public final class Getopt {
    /** One option found: its letter and its value (null for a flag). */
    public record Found(char letter, String value) {
    }

    /** What a command line holds: options in order, and the operands. */
    public record Parsed(List<Found> options, List<String> operands) {
    }

    /** A usage error exactly as getopt prints it, without the usage text that follows. */
    public static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageError(String line) {
            super(line, null, false, false);
        }
    }

    private final String withValue;
    private final String flags;

    /** @param optstring getopt's optstring: letters, each followed by ':' when it takes a value */
    public Getopt(String optstring) {
        StringBuilder v = new StringBuilder();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < optstring.length(); i++) {
            char c = optstring.charAt(i);
            if (i + 1 < optstring.length() && optstring.charAt(i + 1) == ':') {
                v.append(c);
                i++;
            } else {
                f.append(c);
            }
        }
        this.withValue = v.toString();
        this.flags = f.toString();
    }

    /** Receives each option as getopt returns it, so a bad value errs before a later bad option. */
    public interface Each {
        void option(Found found);
    }

    public Parsed parse(String argv0, String[] args) throws UsageError {
        return parse(argv0, args, found -> { });
    }

    public Parsed parse(String argv0, String[] args, Each each) throws UsageError {
        boolean permute = System.getenv("POSIXLY_CORRECT") == null;
        List<Found> found = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("--")) {
                i++;
                break;
            }
            if (!arg.startsWith("-") || arg.length() == 1) {
                if (!permute) {
                    break;
                }
                operands.add(arg);
                i++;
                continue;
            }
            i++;
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (withValue.indexOf(c) >= 0) {
                    if (j + 1 < arg.length()) {
                        found.add(new Found(c, arg.substring(j + 1)));
                    } else if (i < args.length) {
                        found.add(new Found(c, args[i++]));
                    } else {
                        throw new UsageError(argv0 + ": option requires an argument -- '" + c + "'");
                    }
                    each.option(found.get(found.size() - 1));
                    break;
                } else if (flags.indexOf(c) >= 0 && c != ':') {
                    found.add(new Found(c, null));
                    each.option(found.get(found.size() - 1));
                } else {
                    throw new UsageError(argv0 + ": invalid option -- '" + c + "'");
                }
            }
        }
        while (i < args.length) {
            operands.add(args[i++]);
        }
        return new Parsed(found, operands);
    }
}
