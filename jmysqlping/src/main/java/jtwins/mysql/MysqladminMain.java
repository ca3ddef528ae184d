package jtwins.mysql;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jtwins.common.CommandLineWipe;
import jtwins.common.Diagnostics;
import jtwins.common.Failure;
import jtwins.common.ProgramName;
import jtwins.common.Readpassphrase;
import jtwins.common.StartupDebt;
import jtwins.common.TimeoutPlan;
import jtwins.common.ToolMain;

/**
 * jmysqlping: the twin of `mysqladmin ping` as Debian 12's MariaDB 10.11 client runs it
 * (client/mysqladmin.cc over Connector/C): option files, options, the connect with --wait's retries,
 * then each command, --sleep and --count repeating them. Its exit status is mysqladmin's: 1 when
 * the client could not connect (a client error), 0 when a server answered, even "access denied",
 * and every command is a ping.
 */
public final class MysqladminMain {
    static final String VERSION = "Ver 10.0 Distrib 10.11.19-MariaDB, for debian-linux-gnu on x86_64";
    private static final String DEFAULT_SOCKET = "/run/mysqld/mysqld.sock";
    private static final int DEFAULT_PORT = 3306;
    private static final List<String> COMMANDS = List.of("create", "drop", "shutdown", "reload", "refresh",
            "version", "processlist", "status", "kill", "debug", "variables", "flush-logs", "flush-hosts",
            "flush-tables", "password", "ping", "extended-status", "flush-status", "flush-privileges",
            "start-slave", "stop-slave", "start-all-slaves", "stop-all-slaves", "flush-threads", "old-password",
            "flush-binary-log", "flush-engine-log", "flush-error-log", "flush-general-log", "flush-relay-log",
            "flush-slow-log", "flush-table-statistics", "flush-index-statistics", "flush-user-statistics",
            "flush-client-statistics", "flush-user-resources", "flush-all-status", "flush-all-statistics",
            "flush-ssl");

    private final String program;
    private final PrintStream out = System.out;
    private final AdminSettings settings = new AdminSettings();
    /** How many arguments the program was given: the last ones of the process's command line. */
    private int argvCount;

    private MysqladminMain(String program) {
        this.program = program;
    }

    public static void main(String[] args) {
        ToolMain.run("jmysqlping", args, MysqladminMain::run);
    }

    static int run(String[] args, Diagnostics diagnostics) throws IOException {
        // my_progname is argv[0] as called, path and all, in every line the client prints
        return new MysqladminMain(ProgramName.asCalled(diagnostics.program())).run(List.of(args));
    }

    /** The plan `jtwins explain` prints for a mysqladmin command line. */
    public static TimeoutPlan plan(String[] args) {
        MysqladminMain m = new MysqladminMain("mysqladmin");
        m.parse(List.of(args));
        return AdminPlan.build(m.settings);
    }

    /** The host a command line connects to; "localhost" for the unix socket. */
    public static String destination(String[] args) {
        MysqladminMain m = new MysqladminMain("mysqladmin");
        m.parse(List.of(args));
        return m.settings.string("host") == null ? "localhost" : m.settings.string("host");
    }

    /** Option files and options into the settings; the commands left. */
    private List<String> parse(List<String> args) {
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
        List<String> commands = getopt.parse(loaded.args(), this::option);
        if (getopt.error() != 0) {
            throw Failure.silent(getopt.error());
        }
        return commands;
    }

    private int run(List<String> args) throws IOException {
        List<String> commands = parse(args);
        if (commands.isEmpty()) {
            if (!calledAsMysqladmin()) {
                commands = List.of("ping");
            } else {
                usage();
                return 1;
            }
        }
        if (settings.askPassword) {
            settings.password = askPassword();
        }
        Interruption.install();
        Session session = connect();
        if (session.error != null) {
            ClientError e = session.error;
            if (e.fromClient()) {
                return 1;
            }
            for (String c : commands) {
                if (!"ping".equals(command(c))) {
                    return 1;
                }
            }
            return 0;
        }
        return loop(session, commands);
    }

    /** jmysqlping pings when given no command; called as mysqladmin, it is mysqladmin and prints its usage. */
    private boolean calledAsMysqladmin() {
        String name = program.substring(program.lastIndexOf('/') + 1);
        return name.equals("mysqladmin") || name.equals("mariadb-admin");
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
                out.println(program + "  " + VERSION);
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
    private static long atoi(String s) {
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
    private static String askPassword() throws IOException {
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

    /** A connection, or the error that ended the attempts. */
    private static final class Session {
        PacketIo io;
        ClientError error;
    }

    /** sql_connect(): try, and while --wait allows, wait 5 s and try again. */
    private Session connect() throws IOException {
        boolean info = false;
        long wait = settings.wait;
        while (true) {
            Session s = new Session();
            try {
                s.io = realConnect();
                if (info) {
                    System.err.print("\n");
                    System.err.flush();
                }
                return s;
            } catch (ClientError e) {
                s.error = e;
            }
            if (wait == 0) {
                if (settings.silent == 0) {
                    String host = settings.string("host") == null ? "localhost" : settings.string("host");
                    error("connect to server at '" + host + "' failed\nerror: '" + s.error.getMessage() + "'");
                    if (s.error.code() == ClientError.CR_CONNECTION_ERROR) {
                        System.err.println("Check that mariadbd is running and that the socket: '"
                                + socketPath() + "' exists!");
                    } else if (s.error.code() == ClientError.CR_CONN_HOST_ERROR
                            || s.error.code() == ClientError.CR_UNKNOWN_HOST) {
                        long port = settings.number("port") != 0 ? settings.number("port") : defaultPort();
                        System.err.println("Check that mariadbd is running on " + host + " and that the port is "
                                + port + ".");
                        System.err.println("You can check this by doing 'telnet " + host + " " + port + "'");
                    }
                }
                return s;
            }
            if (wait != -1) {
                wait--;
            }
            if (s.error.code() != ClientError.CR_CONNECTION_ERROR && s.error.code() != ClientError.CR_CONN_HOST_ERROR) {
                // worse than "the server does not answer yet": no more tries unless --force
                System.err.println("Got error: " + s.error.getMessage());
                if (!settings.flag("force")) {
                    return s;
                }
            } else if (settings.silent == 0) {
                System.err.print(info ? "." : "Waiting for MariaDB server to answer");
                System.err.flush();
                info = true;
            }
            // sleep(5) between tries: the JVM's start-up is paid back here when no timer took it
            long nanos = 5_000_000_000L;
            Interruption.sleepNanos(StartupDebt.shorten(nanos));
            StartupDebt.fired(nanos);
        }
    }

    /** mysql_real_connect(): the socket or TCP, then the greeting and the login. */
    private PacketIo realConnect() throws ClientError, IOException {
        String host = settings.string("host");
        long timeout = settings.number("connect_timeout");
        Wire wire;
        boolean unix = (host == null || host.equals("localhost")) && settings.protocol != AdminSettings.Protocol.TCP;
        if (unix) {
            wire = ServerConnect.unixSocket(socketPath());
        } else {
            long port = settings.number("port") != 0 ? settings.number("port") : defaultPort();
            wire = ServerConnect.tcp(host == null ? "localhost" : host, (int) port, timeout);
        }
        // after connect, reads and writes are bounded by the connect timeout until the login is over
        wire.readTimeoutMillis(timeout * 1000);
        PacketIo io = new PacketIo(wire);

        try {
            Login.run(io, new Login.Credentials(user(), password(), settings.flag("ssl"),
                    settings.flag("ssl-verify-server-cert"), settings.string("ssl-ca")),
                    unix || host == null ? "localhost" : host, unix);
        } catch (ClientError | IOException e) {
            wire.close();
            throw e;
        }
        wire.readTimeoutMillis(0);
        io.loggedIn();
        return io;
    }

    private String socketPath() {
        String s = settings.string("socket");
        if (s != null) {
            return s;
        }
        String env = System.getenv("MYSQL_UNIX_PORT");
        return env != null ? env : DEFAULT_SOCKET;
    }

    private static long defaultPort() {
        String env = System.getenv("MYSQL_TCP_PORT");
        if (env != null) {
            long p = atoi(env);
            if (p > 0) {
                return p;
            }
        }
        return DEFAULT_PORT;
    }

    private String user() {
        String u = settings.string("user");
        return u != null ? u : System.getProperty("user.name", "");
    }

    private String password() {
        if (settings.password != null) {
            return settings.password;
        }
        String env = System.getenv("MYSQL_PWD");
        return env != null ? env : "";
    }

    /** The command loop: all commands, then with --sleep again until --count runs out. */
    private int loop(Session session, List<String> commands) {
        long count = settings.number("count");
        long interval = settings.number("sleep");
        int error = 0;
        while (!Interruption.happened() && (!settings.countGiven || count > 0)) {
            error = execute(session.io, commands);
            if (error != 0) {
                if (error > 0 || !settings.flag("force")) {
                    error = Math.abs(error);
                    break;
                }
                error = -error;
            }
            if (interval == 0) {
                break;
            }
            if (settings.countGiven && --count == 0) {
                break;
            }
            sleepSeconds(interval);
        }
        session.io.wire().close();
        return error;
    }

    /** 0 when all went well, 1 for a command that cannot work, -1 for one the server refused. */
    private int execute(PacketIo io, List<String> commands) {
        for (String c : commands) {
            String command = command(c);
            if (command == null) {
                error("Unknown command: '" + (c.length() > 60 ? c.substring(0, 60) : c) + "'");
                return 1;
            }
            if (!command.equals("ping")) {
                error("the '" + command + "' command is not part of this twin, which runs ping only");
                return 1;
            }
            try {
                io.resetSequence();
                io.write(new byte[] {0x0e});
                byte[] reply = io.read();
                if (reply.length > 0 && (reply[0] & 0xff) == 0xff) {
                    throw Login.serverError(reply);
                }
                if (settings.silent < 2) {
                    out.println("mysqld is alive");
                }
            } catch (ClientError e) {
                error("mariadbd doesn't answer to ping, error: '" + e.getMessage() + "'");
                return -1;
            } catch (IOException e) {
                error("mariadbd doesn't answer to ping, error: 'Lost connection to server during query'");
                return -1;
            }
        }
        return 0;
    }

    /** find_type(FIND_TYPE_BASIC): a command by its name or a prefix of one name only. */
    private static String command(String given) {
        String g = given.toLowerCase(Locale.ROOT);
        String found = null;
        for (String c : COMMANDS) {
            if (c.equals(g)) {
                return c;
            }
            if (c.startsWith(g) && !g.isEmpty()) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** my_printf_error() with ME_BELL unless --no-beep: a bell, the program's name, the message. */
    private void error(String message) {
        System.out.flush();
        System.err.print((settings.flag("no-beep") ? "" : "\007") + program + ": " + message + "\n");
        System.err.flush();
    }

    /** --sleep's sleep(3) between rounds, which pays back what the JVM's start-up still owes. */
    private static void sleepSeconds(long seconds) {
        long nanos = seconds * 1_000_000_000L;
        Interruption.sleepNanos(StartupDebt.shorten(nanos));
        StartupDebt.fired(nanos);
    }

    private void usage() {
        out.println(program + "  " + VERSION);
        out.print(resource("usage-head.txt").replace("{prog}", program));
        out.println("Variables (--variable-name=value)");
        out.println("and boolean options {FALSE|TRUE}  Value (after reading options)");
        out.println("--------------------------------- ----------------------------------------");
        for (AdminOption row : AdminOptionTable.ROWS) {
            if (row.variable()) {
                String v = settings.string(row.name());
                out.printf("%-33s %s%n", row.dashed(), v == null ? "(No default value)" : v);
            }
        }
        out.println();
        out.print(resource("usage-commands.txt"));
    }

    static String resource(String name) {
        try (InputStream in = MysqladminMain.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + name, e);
        }
    }
}
