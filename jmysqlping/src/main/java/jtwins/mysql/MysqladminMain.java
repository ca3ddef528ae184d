package jtwins.mysql;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import jtwins.common.Diagnostics;
import jtwins.common.PhaseTimer;
import jtwins.common.ProgramName;
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
    private final AdminCommandLine line;
    private final AdminSettings settings;
    private final ErrorLine error;

    private MysqladminMain(String program) {
        this.program = program;
        this.line = new AdminCommandLine(program);
        this.settings = line.settings;
        this.error = new ErrorLine(program, settings);
    }

    public static void main(String[] args) {
        ToolMain.run("jmysqlping", args, new Body());
    }

    private static final class Body implements ToolMain.Body {
        @Override
        public int run(String[] args, Diagnostics diagnostics) throws IOException {
            return MysqladminMain.run(args, diagnostics);
        }
    }

    static int run(String[] args, Diagnostics diagnostics) throws IOException {
        // my_progname is argv[0] as called, path and all, in every line the client prints
        return new MysqladminMain(ProgramName.asCalled(diagnostics.program())).run(List.of(args));
    }

    /** The plan `jtwins explain` prints for a mysqladmin command line. */
    public static TimeoutPlan plan(String[] args) {
        AdminCommandLine line = new AdminCommandLine("mysqladmin");
        line.parse(List.of(args));
        return AdminPlan.build(line.settings);
    }

    /** The host a command line connects to; "localhost" for the unix socket. */
    public static String destination(String[] args) {
        AdminCommandLine line = new AdminCommandLine("mysqladmin");
        line.parse(List.of(args));
        return line.settings.string("host") == null ? "localhost" : line.settings.string("host");
    }

    private int run(List<String> args) throws IOException {
        List<String> commands = line.parse(args);
        if (commands.isEmpty()) {
            if (!calledAsMysqladmin()) {
                commands = List.of("ping");
            } else {
                line.usage();
                return 1;
            }
        }
        if (settings.askPassword) {
            settings.password = AdminCommandLine.askPassword();
        }
        Interruption.install();
        // the plan explain prints: every bound of the connect and the login is armed from it
        TimeoutPlan plan = AdminPlan.build(settings);
        SqlConnect.Session session = new SqlConnect(settings, plan, error).connect();
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

    /** The command loop: all commands, then with --sleep again until --count runs out. */
    private int loop(SqlConnect.Session session, List<String> commands) {
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
            // --sleep's sleep(3) between rounds, which pays back what the JVM's start-up still owes
            try (PhaseTimer sleep = PhaseTimer.enterNanos(interval * 1_000_000_000L)) {
                Interruption.sleep(sleep);
            }
        }
        session.io.wire().close();
        return error;
    }

    /** 0 when all went well, 1 for a command that cannot work, -1 for one the server refused. */
    private int execute(PacketIo io, List<String> commands) {
        for (String c : commands) {
            String command = command(c);
            if (command == null) {
                error.print("Unknown command: '" + (c.length() > 60 ? c.substring(0, 60) : c) + "'");
                return 1;
            }
            if (!command.equals("ping")) {
                error.print("the '" + command + "' command is not part of this twin, which runs ping only");
                return 1;
            }
            try {
                io.resetSequence();
                io.write(new byte[] {0x0e}, "COM_PING");
                byte[] reply = io.read();
                if (reply.length > 0 && (reply[0] & 0xff) == 0xff) {
                    throw Login.serverError(reply);
                }
                if (settings.silent < 2) {
                    out.println("mysqld is alive");
                }
            } catch (ClientError e) {
                error.print("mariadbd doesn't answer to ping, error: '" + e.getMessage() + "'");
                return -1;
            } catch (IOException e) {
                error.print("mariadbd doesn't answer to ping, error: 'Lost connection to server during query'");
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
}
