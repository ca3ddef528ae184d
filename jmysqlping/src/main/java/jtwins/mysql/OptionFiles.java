package jtwins.mysql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jtwins.common.Errno;
import jtwins.common.Failure;
import jtwins.common.process.SmallFile;

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
    private final String program;

    private OptionFiles(String program) {
        this.program = program;
    }

    /** @param program argv[0], as the client's my_progname names itself in a file error */
    static Loaded load(String program, List<String> commandLine) {
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
        OptionFiles files = new OptionFiles(program);
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
        for (int at = i; at < commandLine.size(); at++) {
            args.add(new MyGetopt.Arg(commandLine.get(at), "", at));
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

    /**
     * search_default_file_with_ext(): each line a C string (cut at a NUL byte) with its newline;
     * an option before any group, a group without its ']', an include directive without a name and
     * an !includedir that cannot be listed are fatal, as in the client.
     */
    private void read(Path path, int depth) {
        byte[] bytes;
        try {
            bytes = SmallFile.bytes(path);
        } catch (IOException unreadable) {
            return;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        boolean foundGroup = false;
        boolean inGroup = false;
        int lineNumber = 0;
        for (int at = 0; at < text.length(); ) {
            int nl = text.indexOf('\n', at);
            String raw = nl < 0 ? text.substring(at) : text.substring(at, nl + 1);
            at = nl < 0 ? text.length() : nl + 1;
            lineNumber++;
            int nul = raw.indexOf('\0');
            String line = nul < 0 ? raw : raw.substring(0, nul);
            int p = skipSpace(line, 0);
            if (p == line.length() || line.charAt(p) == '#' || line.charAt(p) == ';') {
                continue;
            }
            if (line.charAt(p) == '!') {
                // includes nest at most ten deep, as MAX_NESTED_INCLUDES
                if (depth < 10) {
                    include(path, line, skipSpace(line, p + 1), lineNumber, depth);
                }
                continue;
            }
            if (line.charAt(p) == '[') {
                foundGroup = true;
                int close = line.indexOf(']', p + 1);
                if (close < 0) {
                    throw fatal("error: Wrong group definition in config file: " + path + " at line " + lineNumber);
                }
                String group = line.substring(p + 1, trimEnd(line, p + 1, close));
                inGroup = groups.contains(group.toLowerCase(Locale.ROOT));
                continue;
            }
            if (!foundGroup) {
                throw fatal("error: Found option without preceding group in config file: " + path + " at line: "
                        + lineNumber);
            }
            if (inGroup) {
                found.add(new MyGetopt.Arg(option(line.substring(p)), path.toString()));
            }
        }
    }

    private void include(Path from, String line, int p, int lineNumber, int depth) {
        if (keyword(line, p, "includedir")) {
            Path dir = Path.of(argument(line, p, "includedir", from, lineNumber));
            List<Path> cnf = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    cnf.add(entry);
                }
            } catch (IOException e) {
                Errno errno = Errno.of(e);
                throw Failure.raw(1, "\007" + program + ": Can't read dir of '" + dir + "' (Errcode: " + errno.number()
                        + " \"" + errno.text() + "\")\nFatal error in defaults handling. Program aborted");
            }
            cnf.sort(null);
            for (Path c : cnf) {
                String name = c.getFileName().toString();
                if (name.endsWith(".cnf") || name.endsWith(".ini")) {
                    read(c, depth + 1);
                }
            }
        } else if (keyword(line, p, "include")) {
            Path file = Path.of(argument(line, p, "include", from, lineNumber));
            if (Files.isReadable(file)) {
                read(file, depth + 1);
            }
        }
    }

    private static boolean keyword(String line, int p, String word) {
        return line.startsWith(word, p) && p + word.length() < line.length() && isSpace(line.charAt(p + word.length()));
    }

    /**
     * get_argument(): the name after the keyword, trailing blanks cut on the assumption that the
     * line ends in its newline, so a last line without one loses its last character, as in the client.
     */
    private static String argument(String line, int p, String word, Path from, int lineNumber) {
        int start = skipSpace(line, p + word.length());
        int end = line.length() - 1;
        while (end - 1 >= 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            throw fatal("error: Wrong '!" + word + "' directive in config file: " + from + " at line " + lineNumber);
        }
        return line.substring(start, end);
    }

    private static Failure fatal(String message) {
        return Failure.raw(1, message + "\nFatal error in defaults handling. Program aborted");
    }

    /** my_isspace() in latin1: space, \t, \n, \v, \f, \r. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static int skipSpace(String s, int p) {
        while (p < s.length() && isSpace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * "name = value # comment" as "--name=value": the comment cut where a '#' stands outside quotes
     * (remove_end_comment), blanks around '=' and at the ends gone, one pair of quotes taken off when
     * the value starts and ends with the same one, and the escapes the client knows.
     */
    private static String option(String line) {
        String text = withoutComment(line);
        int eq = text.indexOf('=');
        if (eq < 0) {
            return "--" + text.substring(0, trimEnd(text, 0, text.length()));
        }
        String name = text.substring(0, trimEnd(text, 0, eq));
        int start = skipSpace(text, eq + 1);
        int end = trimEnd(text, start, text.length());
        if (end - start > 1 && (text.charAt(start) == '"' || text.charAt(start) == '\'')
                && text.charAt(start) == text.charAt(end - 1)) {
            start++;
            end--;
        }
        return "--" + name + "=" + unescape(text.substring(start, end));
    }

    private static String withoutComment(String v) {
        char quote = 0;
        boolean escape = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c == '\'' || c == '"') && !escape) {
                if (quote == 0) {
                    quote = c;
                } else if (quote == c) {
                    quote = 0;
                }
            }
            if (quote == 0 && c == '#') {
                return v.substring(0, i);
            }
            escape = quote != 0 && c == '\\' && !escape;
        }
        return v;
    }

    private static String unescape(String v) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                // an escape the client does not know keeps its backslash
                out.append(switch (n) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    case 'r' -> "\r";
                    case 'b' -> "\b";
                    case 's' -> " ";
                    case '"' -> "\"";
                    case '\'' -> "'";
                    case '\\' -> "\\";
                    default -> "\\" + n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
