package jtwins.mysql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jtwins.common.Failure;

/**
 * The client's load_defaults() (mysys/my_default.c): the leading --no-defaults, --defaults-file=,
 * --defaults-extra-file=, --defaults-group-suffix= and --print-defaults, then the option files in
 * Debian's order (/etc/my.cnf, /etc/mysql/my.cnf, the extra file, ~/.my.cnf) with !include and
 * !includedir, the groups mysqladmin reads turned into "--name=value" arguments placed before the
 * command line's, as the client does.
 */
final class OptionFiles {
    static final List<String> GROUPS = List.of("mysqladmin", "mariadb-admin", "client", "client-server",
            "client-mariadb");

    /** The arguments to parse, and whether --print-defaults asked to print them instead. */
    record Loaded(List<MyGetopt.Arg> args, boolean printDefaults) {
    }

    private final List<MyGetopt.Arg> found = new ArrayList<>();
    private final List<String> groups = new ArrayList<>(GROUPS);

    private OptionFiles() {
    }

    static Loaded load(List<String> commandLine) {
        int i = 0;
        boolean noDefaults = false;
        String defaultsFile = null;
        String extraFile = null;
        String groupSuffix = null;
        // get_defaults_options(): one of the first three, and only as the very first argument
        if (i < commandLine.size() && commandLine.get(i).startsWith("--no-defaults")) {
            noDefaults = true;
            i++;
        } else if (i < commandLine.size() && commandLine.get(i).startsWith("--defaults-file=")) {
            defaultsFile = commandLine.get(i++).substring("--defaults-file=".length());
        } else if (i < commandLine.size() && commandLine.get(i).startsWith("--defaults-extra-file=")) {
            extraFile = commandLine.get(i++).substring("--defaults-extra-file=".length());
        }
        if (i < commandLine.size() && commandLine.get(i).startsWith("--defaults-group-suffix=")) {
            groupSuffix = commandLine.get(i++).substring("--defaults-group-suffix=".length());
        }
        boolean print = i < commandLine.size() && commandLine.get(i).equals("--print-defaults");
        if (print) {
            i++;
        }
        OptionFiles files = new OptionFiles();
        if (groupSuffix != null) {
            for (String g : GROUPS) {
                files.groups.add(g + groupSuffix);
            }
        }
        if (!noDefaults) {
            if (defaultsFile != null) {
                files.required(defaultsFile);
            } else {
                files.optional(Path.of("/etc/my.cnf"));
                files.optional(Path.of("/etc/mysql/my.cnf"));
                if (extraFile != null) {
                    files.required(extraFile);
                }
                String home = System.getenv("HOME");
                if (home != null) {
                    files.optional(Path.of(home, ".my.cnf"));
                }
            }
        }
        List<MyGetopt.Arg> args = new ArrayList<>(files.found);
        for (String a : commandLine.subList(i, commandLine.size())) {
            args.add(new MyGetopt.Arg(a, ""));
        }
        return new Loaded(args, print);
    }

    private void required(String name) {
        Path path = Path.of(name);
        if (!Files.isReadable(path) || Files.isDirectory(path)) {
            throw Failure.raw(1, "Could not open required defaults file: " + name
                    + "\nFatal error in defaults handling. Program aborted");
        }
        read(path, 0);
    }

    private void optional(Path path) {
        if (Files.isReadable(path) && !Files.isDirectory(path)) {
            read(path, 0);
        }
    }

    private void read(Path path, int depth) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        } catch (IOException unreadable) {
            return;
        }
        boolean inGroup = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("!")) {
                // includes nest at most ten deep, as MAX_NESTED_INCLUDES
                if (depth < 10) {
                    include(path, line, depth);
                }
                continue;
            }
            if (line.startsWith("[")) {
                int close = line.indexOf(']');
                String group = (close < 0 ? line.substring(1) : line.substring(1, close)).strip();
                inGroup = groups.contains(group.toLowerCase(Locale.ROOT));
                continue;
            }
            if (inGroup) {
                found.add(new MyGetopt.Arg(option(line), path.toString()));
            }
        }
    }

    private void include(Path from, String line, int depth) {
        if (line.startsWith("!includedir") && line.length() > 11 && Character.isWhitespace(line.charAt(11))) {
            Path dir = Path.of(line.substring(11).strip());
            List<Path> cnf = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.cnf")) {
                entries.forEach(cnf::add);
            } catch (IOException | RuntimeException missing) {
                return;
            }
            cnf.sort(null);
            for (Path p : cnf) {
                read(p, depth + 1);
            }
        } else if (line.startsWith("!include") && line.length() > 8 && Character.isWhitespace(line.charAt(8))) {
            Path file = Path.of(line.substring(8).strip());
            if (Files.isReadable(file)) {
                read(file, depth + 1);
            }
        }
    }

    /** "name = value # comment" as "--name=value": spaces around '=', quotes and the comment gone. */
    private static String option(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return "--" + withoutComment(line).strip();
        }
        String name = line.substring(0, eq).strip();
        return "--" + name + "=" + value(line.substring(eq + 1).strip());
    }

    private static String value(String v) {
        if (!v.isEmpty() && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            int close = v.indexOf(v.charAt(0), 1);
            if (close > 0) {
                return unescape(v.substring(1, close));
            }
        }
        return unescape(withoutComment(v).strip());
    }

    private static String withoutComment(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == '#' && (i == 0 || Character.isWhitespace(v.charAt(i - 1)))) {
                return v.substring(0, i);
            }
        }
        return v;
    }

    private static String unescape(String v) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 's' -> ' ';
                    case '"' -> '"';
                    case '\'' -> '\'';
                    case '\\' -> '\\';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
