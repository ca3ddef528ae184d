package jtwins.mysql;

import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB's handle_options() (mysys/my_getopt.c): long options by unique prefix with '-' and '_' the
 * same, the skip-/disable-/enable-/loose- prefixes, clustered short options, values checked and
 * bounded by type, arguments that are not options kept in order for the commands. Its exit statuses
 * are my_getopt.h's: 2 unknown option, 3 ambiguous, 4 no argument allowed, 5 argument required,
 * 7 unknown variable, 9 unknown suffix, 13 invalid argument. As in the client, a bad option is
 * reported and parsing goes on (a later -V still prints the version and exits 0); the last error's
 * status is the exit status once all options are read.
 */
final class MyGetopt {
    /**
     * One argument and where it came from: the command line (its index there), or an option file
     * (its path, index -1).
     */
    record Arg(String text, String file, int index) {
        Arg(String text, String file) {
            this(text, file, -1);
        }

        boolean fromCommandLine() {
            return file.isEmpty();
        }
    }

    /** What get_one_option() receives: the row, the value (null for none) and its origin. */
    interface Handler {
        void option(AdminOption option, String value, boolean disabled, Arg origin);
    }

    private final String program;
    private int error;

    MyGetopt(String program) {
        this.program = program;
    }

    /** The status of the last bad option, 0 when all were good. */
    int error() {
        return error;
    }

    private void report(int status, String text) {
        System.err.println(text);
        error = status;
    }

    /** Hands each option to the handler in order; returns the arguments that are not options. */
    List<String> parse(List<Arg> args, Handler handler) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Arg a = args.get(i);
            String text = a.text();
            if (text.equals("--")) {
                for (int j = i + 1; j < args.size(); j++) {
                    rest.add(args.get(j).text());
                }
                break;
            }
            if (text.startsWith("--")) {
                i = longOption(args, i, handler);
            } else if (text.startsWith("-") && text.length() > 1) {
                i = shortOptions(args, i, handler);
            } else {
                rest.add(text);
            }
        }
        return rest;
    }

    private int longOption(List<Arg> args, int i, Handler handler) {
        Arg a = args.get(i);
        String body = a.text().substring(2);
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        String value = eq < 0 ? null : body.substring(eq + 1);
        boolean loose = false;
        if (startsWithWord(name, "loose")) {
            loose = true;
            name = name.substring(6);
        }
        AdminOption option = find(name, body);
        if (option == AMBIGUOUS) {
            return i;
        }
        boolean disabled = false;
        boolean enabled = false;
        if (option == null) {
            for (String prefix : new String[] {"skip", "disable", "enable"}) {
                if (startsWithWord(name, prefix)) {
                    AdminOption bool = find(name.substring(prefix.length() + 1), body);
                    if (bool == AMBIGUOUS) {
                        return i;
                    }
                    if (bool != null && bool.type() == AdminOption.Type.BOOL) {
                        option = bool;
                        disabled = !prefix.equals("enable");
                        enabled = !disabled;
                    }
                    break;
                }
            }
        }
        if (option == null) {
            if (loose) {
                return i;
            }
            if (value != null) {
                report(7, program + ": unknown variable '" + body + "'");
            } else {
                report(2, program + ": unknown option '--" + body + "'");
            }
            return i;
        }
        if (disabled || enabled) {
            handler.option(option, disabled ? "0" : "1", disabled, a);
            return i;
        }
        switch (option.arg()) {
            case NONE -> {
                if (value != null && option.type() != AdminOption.Type.BOOL) {
                    report(4, program + ": option '--" + name + "' cannot take an argument");
                    return i;
                }
            }
            case REQUIRED -> {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        report(5, program + ": option '--" + name + "' requires an argument");
                        return i;
                    }
                    value = args.get(++i).text();
                }
            }
            case OPTIONAL -> {
            }
        }
        deliver(handler, option, value, a);
        return i;
    }

    private void deliver(Handler handler, AdminOption option, String value, Arg origin) {
        String checked = checked(option, value);
        if (value == null || checked != null) {
            handler.option(option, checked, false, origin);
        }
    }

    private int shortOptions(List<Arg> args, int i, Handler handler) {
        Arg a = args.get(i);
        String text = a.text();
        for (int k = 1; k < text.length(); k++) {
            char c = text.charAt(k);
            AdminOption option = null;
            for (AdminOption row : AdminOptionTable.ROWS) {
                if (row.shortName() == c) {
                    option = row;
                }
            }
            if (option == null) {
                report(2, program + ": unknown option '-" + c + "'");
                continue;
            }
            String value = null;
            if (option.arg() != AdminOption.Arg.NONE) {
                if (k + 1 < text.length()) {
                    value = text.substring(k + 1);
                } else if (option.arg() == AdminOption.Arg.REQUIRED) {
                    if (i + 1 >= args.size()) {
                        report(5, program + ": option '-" + c + "' requires an argument");
                        return i;
                    }
                    value = args.get(++i).text();
                }
                deliver(handler, option, value, a);
                return i;
            }
            handler.option(option, null, false, a);
        }
        return i;
    }

    /** What find() returns for a name that is a prefix of two or more rows, once it has said so. */
    private static final AdminOption AMBIGUOUS = new AdminOption("", (char) 0, AdminOption.Arg.NONE,
            AdminOption.Type.NO_ARG, false, null, 0);

    /** findopt(): the exact name, else the one row it is a prefix of; two or more is ambiguous. */
    private AdminOption find(String name, String body) {
        AdminOption first = null;
        AdminOption last = null;
        int count = 0;
        for (AdminOption row : AdminOptionTable.ROWS) {
            if (name.length() <= row.name().length() && sameName(row.name().substring(0, name.length()), name)) {
                if (row.name().length() == name.length()) {
                    return row;
                }
                if (first == null) {
                    first = row;
                }
                last = row;
                count++;
            }
        }
        if (count > 1) {
            report(3, program + ": ambiguous option '--" + body + "' (" + first.name() + ", " + last.name() + ")");
            return AMBIGUOUS;
        }
        if (count == 1 && !name.isEmpty()) {
            System.err.println("Info: Using unique option prefix '" + name + "' is error-prone and can break in the"
                    + " future. Please use the full name '" + first.name() + "' instead.");
        }
        return count == 1 && !name.isEmpty() ? first : null;
    }

    private static boolean sameName(String a, String b) {
        return a.replace('_', '-').equals(b.replace('_', '-'));
    }

    private static boolean startsWithWord(String name, String word) {
        return name.length() > word.length() + 1 && name.startsWith(word)
                && (name.charAt(word.length()) == '-' || name.charAt(word.length()) == '_');
    }

    /** The value as the option's variable will hold it, or null for a bad one (reported). */
    private String checked(AdminOption option, String value) {
        if (value == null || !option.variable()) {
            return value;
        }
        return switch (option.type()) {
            case INT, UINT, ULONG -> number(option, value);
            default -> value;
        };
    }

    /** eval_num_suffix() and getopt_ull_limit_value(): digits, one K/M/G/T/P/E suffix, the row's bounds. */
    private String number(AdminOption option, String value) {
        boolean signed = option.type() == AdminOption.Type.INT;
        String v = value.stripLeading();
        if (!signed && v.startsWith("-")) {
            report(13, "Incorrect unsigned value: '" + value + "' for " + option.name() + "\n"
                    + program + ": Error while setting value '" + value + "' to '" + option.name() + "'");
            return null;
        }
        int end = 0;
        if (end < v.length() && (v.charAt(end) == '-' || v.charAt(end) == '+')) {
            end++;
        }
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        long n;
        try {
            String digits = v.substring(0, end);
            n = digits.isEmpty() || digits.equals("-") || digits.equals("+") ? 0 : Long.parseLong(digits);
        } catch (NumberFormatException tooBig) {
            n = Long.MAX_VALUE;
        }
        if (end < v.length()) {
            int shift = switch (Character.toUpperCase(v.charAt(end))) {
                case 'K' -> 10;
                case 'M' -> 20;
                case 'G' -> 30;
                case 'T' -> 40;
                case 'P' -> 50;
                case 'E' -> 60;
                default -> -1;
            };
            if (shift < 0) {
                report(9, "Unknown suffix '" + v.charAt(end) + "' used for variable '" + option.name()
                        + "' (value '" + value + "'). Legal suffix characters are: K, M, G, T, P, E\n"
                        + program + ": Error while setting value '" + value + "' to '" + option.name() + "'");
                return null;
            }
            n = n << shift;
        }
        long min = 0;
        if (n > option.max() || n < min) {
            long adjusted = n > option.max() ? option.max() : min;
            System.err.println("Warning: option '" + option.name() + "': " + (signed ? "signed" : "unsigned")
                    + " value " + n + " adjusted to " + adjusted);
            n = adjusted;
        }
        return Long.toString(n);
    }
}
