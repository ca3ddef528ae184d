package jtwins.common.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * glibc 2.36 getopt_long(3), as wget calls it: "--name", "--name=value", "--name value" for a
 * required value, unambiguous prefixes (an exact name wins; prefixes that all lead to the same option
 * are not ambiguous), short letters clustered or with attached values, "--", and GNU permutation
 * unless POSIXLY_CORRECT is set. Errors are reported in glibc's words and parsing goes on, as
 * getopt_long returns '?' and the caller keeps calling it.
 */
public final class GetoptLong {
    public enum HasArg { NO, REQUIRED, OPTIONAL }

    /** One entry of the long option array; id says which option it is (several names may share one). */
    public record LongOption(String name, HasArg hasArg, int id) {
    }

    /** One short letter of the optstring. */
    public record ShortOption(int id, boolean takesValue) {
    }

    /** What one getopt_long call returned: an option (value null when none) or a usage error. */
    public record Item(int id, String value, String error) {
        public boolean isError() {
            return error != null;
        }
    }

    /** The items in the order getopt_long returns them, and the operands left in argv. */
    public record Parsed(List<Item> items, List<String> operands) {
    }

    private final List<LongOption> longOptions;
    private final Map<Character, ShortOption> shortOptions;

    public GetoptLong(List<LongOption> longOptions, Map<Character, ShortOption> shortOptions) {
        this.longOptions = longOptions;
        this.shortOptions = shortOptions;
    }

    /** @param argv0 argv[0] exactly as given: glibc names it so in its messages, not its basename */
    public Parsed parse(String argv0, String[] args) {
        boolean permute = System.getenv("POSIXLY_CORRECT") == null;
        List<Item> items = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String arg = args[i++];
            if (arg.equals("--")) {
                while (i < args.length) {
                    operands.add(args[i++]);
                }
                break;
            }
            if (!arg.startsWith("-") || arg.length() == 1) {
                operands.add(arg);
                if (!permute) {
                    while (i < args.length) {
                        operands.add(args[i++]);
                    }
                }
                continue;
            }
            if (arg.startsWith("--")) {
                i = longOption(argv0, arg.substring(2), args, i, items);
            } else {
                i = shortCluster(argv0, arg, args, i, items);
            }
        }
        return new Parsed(items, operands);
    }

    private int longOption(String argv0, String rest, String[] args, int next, List<Item> items) {
        int eq = rest.indexOf('=');
        String name = eq < 0 ? rest : rest.substring(0, eq);
        LongOption found = null;
        List<LongOption> matches = new ArrayList<>();
        for (LongOption o : longOptions) {
            if (o.name().equals(name)) {
                found = o;
                break;
            }
            if (o.name().startsWith(name)) {
                matches.add(o);
            }
        }
        if (found == null && !matches.isEmpty()) {
            LongOption first = matches.get(0);
            boolean ambiguous = false;
            for (LongOption o : matches) {
                if (o.hasArg() != first.hasArg() || o.id() != first.id()) {
                    ambiguous = true;
                }
            }
            if (ambiguous) {
                StringBuilder line = new StringBuilder(argv0 + ": option '--" + rest + "' is ambiguous; possibilities:");
                for (LongOption o : matches) {
                    line.append(" '--").append(o.name()).append('\'');
                }
                items.add(new Item(-1, null, line.toString()));
                return next;
            }
            found = first;
        }
        if (found == null) {
            items.add(new Item(-1, null, argv0 + ": unrecognized option '--" + rest + "'"));
            return next;
        }
        if (eq >= 0) {
            if (found.hasArg() == HasArg.NO) {
                items.add(new Item(-1, null, argv0 + ": option '--" + found.name() + "' doesn't allow an argument"));
                return next;
            }
            items.add(new Item(found.id(), rest.substring(eq + 1), null));
            return next;
        }
        if (found.hasArg() == HasArg.REQUIRED) {
            if (next >= args.length) {
                items.add(new Item(-1, null, argv0 + ": option '--" + found.name() + "' requires an argument"));
                return next;
            }
            items.add(new Item(found.id(), args[next], null));
            return next + 1;
        }
        items.add(new Item(found.id(), null, null));
        return next;
    }

    private int shortCluster(String argv0, String arg, String[] args, int next, List<Item> items) {
        for (int k = 1; k < arg.length(); k++) {
            char c = arg.charAt(k);
            ShortOption s = shortOptions.get(c);
            if (s == null) {
                items.add(new Item(-1, null, argv0 + ": invalid option -- '" + c + "'"));
                continue;
            }
            if (!s.takesValue()) {
                items.add(new Item(s.id(), null, null));
                continue;
            }
            if (k + 1 < arg.length()) {
                items.add(new Item(s.id(), arg.substring(k + 1), null));
            } else if (next < args.length) {
                items.add(new Item(s.id(), args[next], null));
                return next + 1;
            } else {
                items.add(new Item(-1, null, argv0 + ": option requires an argument -- '" + c + "'"));
            }
            return next;
        }
        return next;
    }
}
