package jtwins.mysql;

import java.io.IOException;
import jtwins.common.Budget;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.TimeoutPlan;

/**
 * mysqladmin's sql_connect(): mysql_real_connect() over the socket or TCP, the greeting and the
 * login, and while --wait allows, the plan's wait and another try; what went wrong said as
 * mysqladmin says it. Every bound is the plan's.
 */
final class SqlConnect {
    private static final String DEFAULT_SOCKET = "/run/mysqld/mysqld.sock";
    private static final int DEFAULT_PORT = 3306;

    /** A connection, or the error that ended the attempts. */
    static final class Session {
        PacketIo io;
        ClientError error;
    }

    private final AdminSettings settings;
    private final TimeoutPlan plan;
    private final ErrorLine error;

    SqlConnect(AdminSettings settings, TimeoutPlan plan, ErrorLine error) {
        this.settings = settings;
        this.plan = plan;
        this.error = error;
    }


    /** sql_connect(): try, and while --wait allows, wait (sleep(5)) and try again. */
    Session connect() throws IOException {
        boolean info = false;
        long tries = 0;
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
                    error.print("connect to server at '" + host + "' failed\nerror: '" + s.error.getMessage() + "'");
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
            try (PhaseTimer sleep = PhaseTimer.enterNanos(waitNanos(plan, ++tries))) {
                Interruption.sleep(sleep);
            }
        }
    }


    /** mysql_real_connect(): the socket or TCP, then the greeting and the login. */
    private PacketIo realConnect() throws ClientError, IOException {
        String host = settings.string("host");
        Wire wire;
        boolean unix = (host == null || host.equals("localhost")) && settings.protocol != AdminSettings.Protocol.TCP;
        if (unix) {
            wire = ServerConnect.unixSocket(socketPath());
        } else {
            long port = settings.number("port") != 0 ? settings.number("port") : defaultPort();
            wire = ServerConnect.tcp(host == null ? "localhost" : host, (int) port, plan);
        }
        // after connect, reads and writes are bounded by the connect timeout until the login is over
        wire.readBound(handshakeReadBound(plan));
        PacketIo io = new PacketIo(wire);

        try {
            Login.run(io, new Login.Credentials(user(), password(), settings.flag("ssl"),
                    settings.flag("ssl-verify-server-cert"), settings.string("ssl-ca")),
                    unix || host == null ? "localhost" : host, unix);
        } catch (ClientError | IOException e) {
            wire.close();
            throw e;
        }
        wire.readBound(plan.budget(Phase.IDLE_READ));
        io.loggedIn();
        return io;
    }


    /** The bound on each read and write from the connect to the end of the login: the plan's greeting row. */
    static Budget handshakeReadBound(TimeoutPlan plan) {
        return plan.budget(Phase.GREETING);
    }

    /** The sleep before the n-th retry --wait allows: sleep(5), as the plan's waits say. */
    static long waitNanos(TimeoutPlan plan, long retry) {
        return plan.waits().nanos(retry);
    }

    String socketPath() {
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
            long p = AdminCommandLine.atoi(env);
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
}
