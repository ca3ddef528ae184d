package jtwins.wget;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import jtwins.common.Errno;
import jtwins.common.process.SmallFile;

/**
 * init.c's wgetrc handling: /etc/wgetrc (or $SYSTEM_WGETRC), then $WGETRC or ~/.wgetrc, each line
 * "command = value" through the same setters as the command line; an error names the file and line.
 */
final class Wgetrc {
    /** One parsed line: the command as written, its canonical name (null if unknown), the value. */
    record Line(String name, String command, String value, boolean empty) {
    }

    private static final String SYSTEM = "/etc/wgetrc";

    private final String program;
    private final PrintStream err;
    private final WgetCommands commands;
    private final WgetSettings settings;

    Wgetrc(String program, PrintStream err, WgetCommands commands, WgetSettings settings) {
        this.program = program;
        this.err = err;
        this.commands = commands;
        this.settings = settings;
    }

    /** parse_line: null for a syntax error; empty for blank lines and comments. */
    static Line parseLine(String raw) {
        // a C string: the line ends at its first NUL byte
        int nul = raw.indexOf('\0');
        String line = cTrim(nul < 0 ? raw : raw.substring(0, nul));
        if (line.isEmpty() || line.startsWith("#")) {
            return new Line(null, null, null, true);
        }
        int p = 0;
        while (p < line.length() && (cIsAlnum(line.charAt(p)) || line.charAt(p) == '_' || line.charAt(p) == '-')) {
            p++;
        }
        String name = line.substring(0, p);
        while (p < line.length() && cIsSpace(line.charAt(p))) {
            p++;
        }
        if (p == line.length() || line.charAt(p) != '=') {
            return null;
        }
        String value = cTrim(line.substring(p + 1));
        return new Line(name, WgetCommands.canonical(name), value, false);
    }

    /** gnulib's c_isalnum: ASCII letters and digits only, whatever the locale. */
    private static boolean cIsAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** gnulib's c_isspace: space, \t, \n, \v, \f, \r. */
    private static boolean cIsSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static String cTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && cIsSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && cIsSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** initialize(): a status to exit with when a file has errors, null to go on. */
    Integer initialize() throws IOException {
        String sys = System.getenv("SYSTEM_WGETRC");
        if (sys != null && new File(sys).exists()) {
            if (!run(sys)) {
                err.print("Parsing system wgetrc file (env SYSTEM_WGETRC) failed.  Please check\n'" + sys
                        + "',\nor specify a different file using --config.\n");
                return 2;
            }
        } else if (new File(SYSTEM).exists() && !run(SYSTEM)) {
            err.print("Parsing system wgetrc file failed.  Please check\n'" + SYSTEM
                    + "',\nor specify a different file using --config.\n");
            return 2;
        }
        String env = System.getenv("WGETRC");
        String file;
        if (env != null && !env.isEmpty()) {
            try {
                Files.readAttributes(Path.of(env), BasicFileAttributes.class);
            } catch (IOException e) {
                err.println(program + ": WGETRC points to " + env + ", which couldn't be accessed because of error: "
                        + Errno.of(e).text() + ".");
                return 1;
            }
            file = env;
        } else {
            file = userFile();
        }
        if (file == null) {
            return null;
        }
        if (file.equals(SYSTEM)) {
            err.println(program + ": Warning: Both system and user wgetrc point to " + Quote.of(file) + ".");
            return null;
        }
        return run(file) ? null : 2;
    }

    boolean runChosen(String file) throws IOException {
        return new File(file).exists() && run(file);
    }

    /** ~/.wgetrc when it exists: wgetrc_user_file_name(). */
    static String userFile() {
        String home = System.getenv("HOME");
        if (home == null) {
            home = System.getProperty("user.home");
        }
        File f = new File(home, ".wgetrc");
        return f.exists() ? f.getPath() : null;
    }

    /** run_wgetrc: every line, every error reported; true when there was none. */
    private boolean run(String file) throws IOException {
        String text;
        try {
            text = new String(SmallFile.bytes(Path.of(file)), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            err.println(program + ": Cannot read " + file + " (" + Errno.of(e).text() + ").");
            return true;
        }
        int errors = 0;
        String[] lines = text.split("\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int ln = 1; ln <= count; ln++) {
            Line line = parseLine(lines[ln - 1]);
            if (line == null) {
                err.println(program + ": Syntax error in " + file + " at line " + ln + ".");
                errors++;
            } else if (line.empty()) {
                continue;
            } else if (line.command() == null) {
                err.println(program + ": Unknown command " + Quote.of(line.name()) + " in " + file + " at line "
                        + ln + ".");
                errors++;
            } else if (!commands.set(settings, line.command(), line.name(), expandTilde(line))) {
                err.println(program + ": Error in " + file + " at line " + ln + ".");
                errors++;
            }
        }
        return errors == 0;
    }

    /** setval_internal_tilde: "~/" in a file or directory value means the home directory. */
    private static String expandTilde(Line line) {
        String v = line.value();
        if (v.startsWith("~/")) {
            String home = System.getenv("HOME");
            if (home != null) {
                return home.replaceAll("/+$", "") + "/" + v.substring(2).replaceAll("^/+", "");
            }
        }
        return v;
    }
}
