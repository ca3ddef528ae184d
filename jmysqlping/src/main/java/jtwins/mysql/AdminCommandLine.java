package jtwins.mysql;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jtwins.common.BundledText;
import jtwins.common.Failure;
import jtwins.common.process.CommandLineWipe;
import jtwins.common.process.Readpassphrase;

/**
 * mysqladmin's command line: the option files, then my_getopt over them and the arguments with
 * get_one_option()'s side effects (the password hidden from ps, --wait, the protocol a port or a
 * socket picks), into AdminSettings; --help's usage from the same table.
 */
final class AdminCommandLine {
    private final String program;
    private final PrintStream out = System.out;
    final AdminSettings settings = new AdminSettings();
    /** How many arguments the program was given: the last ones of the process's command line. */
    private int argvCount;

    AdminCommandLine(String program) {
        this.program = program;
    }


    /** Option files and options into the settings; the commands left. */
    List<String> parse(List<String> args) {
        argvCount = args.size();
        OptionFiles.Loaded loaded = OptionFiles.load(program, args);
        if (loaded.printDefaults()) {
            StringBuilder line = new StringBuilder();
            for (MyGetopt.Arg a : loaded.args()) {
                line.append(a.text()).append(' ');
            }
            out.println(program + " would have been started with the following arguments:");
            out.println(line);
            throw Failure.silent(0);
        }
        MyGetopt getopt = new MyGetopt(program);
        // a class, not this::option: every run parses, and a lambda costs the start (ToolMain.Body)
        List<String> commands = getopt.parse(loaded.args(), new MyGetopt.Handler() {
            @Override
            public void option(AdminOption row, String value, boolean disabled, MyGetopt.Arg origin) {
                AdminCommandLine.this.option(row, value, disabled, origin);
            }
        });
        if (getopt.error() != 0) {
            throw Failure.silent(getopt.error());
        }
        return commands;
    }


    private void option(AdminOption row, String value, boolean disabled, MyGetopt.Arg origin) {
        if (row.variable()) {
            settings.set(row, value);
        }
        switch (row.name()) {
            case "count" -> settings.countGiven = true;
            case "password" -> {
                if (disabled) {
                    settings.password = "";
                    settings.askPassword = false;
                } else if (value != null) {
                    settings.password = value;
                    settings.askPassword = false;
                    hidePassword(origin, value);
                } else {
                    settings.askPassword = true;
                }
            }
            case "silent" -> settings.silent++;
            case "version" -> {
                out.println(program + "  " + MysqladminMain.VERSION);
                throw Failure.silent(0);
            }
            case "help" -> {
                usage();
                throw Failure.silent(0);
            }
            case "wait" -> {
                if (value != null) {
                    long n = atoi(value);
                    settings.wait = n <= 0 ? 1 : n;
                } else {
                    settings.wait = -1;
                }
            }
            case "protocol" -> settings.protocol = protocol(value);
            // a port or socket given on the command line, not in a file, also picks the protocol
            case "port" -> {
                if (origin.fromCommandLine()) {
                    settings.protocol = AdminSettings.Protocol.TCP;
                }
            }
            case "socket" -> {
                if (origin.fromCommandLine() && settings.protocol != AdminSettings.Protocol.PIPE) {
                    settings.protocol = AdminSettings.Protocol.SOCKET;
                }
            }
            default -> {
            }
        }
    }


    private static AdminSettings.Protocol protocol(String value) {
        for (AdminSettings.Protocol p : new AdminSettings.Protocol[] {AdminSettings.Protocol.TCP,
                AdminSettings.Protocol.SOCKET, AdminSettings.Protocol.PIPE}) {
            if (p.name().equalsIgnoreCase(value)) {
                return p;
            }
        }
        throw Failure.raw(1, "Unknown option to protocol: " + value + "\nAlternatives are: 'TCP','SOCKET','PIPE'");
    }


    /** atoi(): leading digits, 0 for none. */
    static long atoi(String s) {
        String t = s.stripLeading();
        int end = 0;
        if (end < t.length() && (t.charAt(end) == '-' || t.charAt(end) == '+')) {
            end++;
        }
        while (end < t.length() && Character.isDigit(t.charAt(end)) && end < 10) {
            end++;
        }
        try {
            return Long.parseLong(t.substring(0, end));
        } catch (NumberFormatException none) {
            return 0;
        }
    }


    /**
     * get_one_option(): a password given on the command line is overwritten where ps reads it, each
     * byte an 'x' and the second a NUL, which cuts it to "x" ("-psekret" shows as "-px").
     */
    private void hidePassword(MyGetopt.Arg origin, String value) {
        if (origin.index() < 0 || value.isEmpty()) {
            return;
        }
        Charset jnu = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        int length = value.getBytes(jnu).length;
        byte[] hidden = new byte[length];
        Arrays.fill(hidden, (byte) 'x');
        if (length > 1) {
            hidden[1] = 0;
        }
        CommandLineWipe.overwrite(origin.index(), argvCount, origin.text().getBytes(jnu).length - length, hidden);
    }


    /** my_get_tty_password(): getpass(3) on the terminal, or the prompt on stderr and a line from stdin. */
    static String askPassword() throws IOException {
        if (Files.isReadable(Path.of("/dev/tty"))) {
            byte[] typed = Readpassphrase.read("Enter password: ", 4096);
            if (typed != null) {
                return new String(typed, StandardCharsets.UTF_8);
            }
        }
        System.err.print("Enter password: ");
        System.err.flush();
        StringBuilder line = new StringBuilder();
        InputStream in = System.in;
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString();
    }


    void usage() {
        out.println(program + "  " + MysqladminMain.VERSION);
        out.print(resource("usage-head.txt").replace("{prog}", program));
        out.println("Variables (--variable-name=value)");
        out.println("and boolean options {FALSE|TRUE}  Value (after reading options)");
        out.println("--------------------------------- ----------------------------------------");
        for (AdminOption row : AdminOptionTable.ROWS) {
            if (row.variable()) {
                String v = settings.string(row.name());
                // my_print_variables()'s "%-*s " by hand: printf's Formatter would compile a regex at each --help
                StringBuilder line = new StringBuilder(row.dashed());
                while (line.length() < 33) {
                    line.append(' ');
                }
                out.println(line.append(' ').append(v == null ? "(No default value)" : v));
            }
        }
        out.println();
        out.print(resource("usage-commands.txt"));
    }


    static String resource(String name) {
        return BundledText.read(AdminCommandLine.class, name);
    }
}
