package jtwins.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * mysqladmin's rows: the seed article's (the matrix), then what the tests hold jmysqlping to, against
 * the real MariaDB server the lab starts and against the MariaDB fault servers. "{port}" is the far
 * end's port; the real server's socket is named after its port (MariaDbServer.socketFor).
 */
final class MysqlScenarios {
    private static final long HANG = 8000;
    private static final String SOCKET = "/tmp/jtwins-mariadb-{port}.sock";
    private static final String CERTIFICATE = "--ssl-ca=/tmp/jtwins-mariadb-{port}.pem";

    private MysqlScenarios() {
    }

    private static Scenario mysql(String id, String title, Fault fault, String... args) {
        return mysql(id, title, fault, StdinSpec.EMPTY, args);
    }

    private static Scenario mysql(String id, String title, Fault fault, StdinSpec stdin, String... args) {
        return new Scenario(id, "mysqladmin", title, List.of(args), fault, stdin, HANG);
    }

    static List<Scenario> matrix() {
        return List.of(
                mysql("mysql-blackhole-kernel", "no option, black hole: a 12 h poll(), the kernel's SYN retries end it",
                        Fault.BLACK_HOLE, "-h", "127.0.0.1", "-P", "{port}", "ping"),
                mysql("mysql-blackhole-ct1", "--connect-timeout=1, black hole: poll() times out, errno 110",
                        Fault.BLACK_HOLE, "-h", "127.0.0.1", "-P", "{port}", "--connect-timeout=1", "ping"),
                mysql("mysql-silent-ct1", "--connect-timeout=1, server never greets: the greeting's bound",
                        Fault.SILENT, "-h", "127.0.0.1", "-P", "{port}", "--connect-timeout=1", "ping"),
                mysql("mysql-refused", "refused: errno 115 from the poll()ed connect", Fault.REFUSED,
                        "-h", "127.0.0.1", "-P", "{port}", "ping"),
                mysql("mysql-nosocket", "missing unix socket", Fault.REFUSED,
                        "-S", "/tmp/jtwins-no-such-{port}.sock", "ping"));
    }

    static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>(matrix());
        all.addAll(List.of(
                mysql("mysql-alive-tcp", "alive over TCP, mysql_native_password", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "probe", "-psekret", "ping"),
                mysql("mysql-wrong-password", "wrong password: access denied, and ping calls that alive", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "probe", "-pwrong", "ping"),
                mysql("mysql-unknown-user", "unknown user: access denied, exit 0", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "nobody", "ping"),
                mysql("mysql-denied-status", "access denied with a command besides ping: exit 1", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "nobody", "ping", "status"),
                mysql("mysql-alive-socket", "alive over the unix socket, no password", Fault.MARIADB,
                        "-S", SOCKET, "-u", "nopw", "ping"),
                mysql("mysql-unix-socket-auth", "unix_socket: the OS user, no -u", Fault.MARIADB, "-S", SOCKET, "ping"),
                mysql("mysql-ed25519-socket", "client_ed25519 over the socket", Fault.MARIADB,
                        "-S", SOCKET, "-u", "edd", "-pedpass", "ping"),
                mysql("mysql-ed25519-tcp-wrong", "client_ed25519 with a wrong password", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "edd", "-pnope", "ping"),
                mysql("mysql-ed25519-tcp", "client_ed25519 over TCP", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "edd", "--password=edpass", "ping"),
                mysql("mysql-tls-verify-no-ca", "--ssl-verify-server-cert, no --ssl-ca: the system CAs, a self-signed certificate",
                        Fault.MARIADB_TLS, "-h", "127.0.0.1", "-P", "{port}", "-u", "nopw", "--ssl-verify-server-cert", "ping"),
                mysql("mysql-tls-verify-ca", "--ssl-verify-server-cert with the server's certificate as --ssl-ca",
                        Fault.MARIADB_TLS, "-h", "127.0.0.1", "-P", "{port}", "-u", "probe", "-psekret",
                        "--ssl-verify-server-cert", CERTIFICATE, "ping"),
                mysql("mysql-tls-socket-verify", "TLS over the unix socket too, verified for 'localhost'", Fault.MARIADB_TLS,
                        "-S", SOCKET, "-u", "edd", "-pedpass", "--ssl-verify-server-cert", CERTIFICATE, "ping"),
                mysql("mysql-tls-ca-missing", "--ssl-ca that does not exist", Fault.MARIADB_TLS,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "nopw", "--ssl-ca=/tmp/jtwins-no-such-{port}.pem", "ping"),
                mysql("mysql-tls-default", "a server offering TLS: the client takes it, unverified, by default",
                        Fault.MARIADB_TLS, "-h", "127.0.0.1", "-P", "{port}", "-u", "probe", "-psekret", "ping"),
                mysql("mysql-tls-skip", "--skip-ssl: the login in the clear", Fault.MARIADB_TLS,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "probe", "-psekret", "--skip-ssl", "ping"),
                mysql("mysql-sha2-fast", "MySQL 8, caching_sha2_password's fast path", Fault.MYSQL8_SHA2_CACHED,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "sha2", "-psekret", "ping"),
                mysql("mysql-sha2-full", "MySQL 8, caching_sha2_password's full path: the server's RSA key",
                        Fault.MYSQL8_SHA2_FULL, "-h", "127.0.0.1", "-P", "{port}", "-u", "sha2", "-psekret", "ping"),
                mysql("mysql-sha2-wrong", "MySQL 8, caching_sha2_password, a wrong password", Fault.MYSQL8_SHA2_CACHED,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "sha2", "-pnope", "ping"),
                mysql("mysql-prompt", "-p alone: the prompt on stderr, the password from stdin", Fault.MARIADB,
                        StdinSpec.text("sekret\n", 0), "-h", "127.0.0.1", "-P", "{port}", "-u", "probe", "-p", "ping"),
                mysql("mysql-count-sleep", "-c 2 -i 1: two pings a second apart", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "nopw", "-c", "2", "-i", "1", "ping"),
                mysql("mysql-silent-twice", "-ss: not even 'mysqld is alive'", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "nopw", "-ss", "ping"),
                mysql("mysql-prefix-command", "'pi' is ping, as commands may be shortened", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "nopw", "pi"),
                mysql("mysql-unknown-command", "an unknown command, after a good login", Fault.MARIADB,
                        "-h", "127.0.0.1", "-P", "{port}", "-u", "nopw", "bogus"),
                mysql("mysql-localhost-port", "-h localhost -P: TCP, ::1 refused, then a blocking connect to 127.0.0.1",
                        Fault.MARIADB, "-h", "localhost", "-P", "{port}", "-u", "nopw", "ping"),
                mysql("mysql-localhost-refused", "localhost refused: the second address's own errno, 111",
                        Fault.REFUSED, "-h", "localhost", "-P", "{port}", "ping"),
                mysql("mysql-localhost-blackhole-ct1", "localhost, --connect-timeout=1: only ::1 gets it, 127.0.0.1 blocks",
                        Fault.BLACK_HOLE, "-h", "localhost", "-P", "{port}", "--connect-timeout=1", "ping"),
                mysql("mysql-close-before-greeting", "server closes before greeting: system error 11", Fault.CLOSE_AFTER_200MS,
                        "-h", "127.0.0.1", "-P", "{port}", "ping"),
                mysql("mysql-text-greeting-ct1", "'hello' for a greeting: a 7 MB packet never completes",
                        Fault.HELLO_AFTER_200MS_THEN_STALL, "-h", "127.0.0.1", "-P", "{port}", "--connect-timeout=1", "ping"),
                mysql("mysql-junk-greeting-ct1", "a garbage greeting: answered, then 'reading authorization packet'",
                        Fault.MYSQL_JUNK_GREETING, "-h", "127.0.0.1", "-P", "{port}", "--connect-timeout=1", "ping"),
                mysql("mysql-too-many", "ERR 1040 for a greeting, TLS wanted: an error that cannot be trusted",
                        Fault.MYSQL_TOO_MANY, "-h", "127.0.0.1", "-P", "{port}", "ping"),
                mysql("mysql-too-many-skip-ssl", "ERR 1040 for a greeting, --skip-ssl: a server error, exit 0",
                        Fault.MYSQL_TOO_MANY, "-h", "127.0.0.1", "-P", "{port}", "--skip-ssl", "ping"),
                mysql("mysql-protocol-9", "protocol 9: a protocol mismatch", Fault.MYSQL_PROTOCOL_9,
                        "-h", "127.0.0.1", "-P", "{port}", "ping"),
                mysql("mysql-greeting-no-plugin-auth", "no CLIENT_PLUGIN_AUTH: a 43-byte scramble, 'Error in server"
                        + " handshake' before a byte is sent", Fault.MYSQL_GREETING_NO_PLUGIN_AUTH,
                        "-h", "127.0.0.1", "-P", "{port}", "--connect-timeout=1", "ping"),
                mysql("mysql-greeting-long-scramble", "a scramble length past the packet: 'Received malformed packet'",
                        Fault.MYSQL_GREETING_LONG_SCRAMBLE, "-h", "127.0.0.1", "-P", "{port}", "--connect-timeout=1", "ping"),
                mysql("mysql-greeting-unknown-plugin", "a plugin the client lacks: an empty answer, then 'during query'",
                        Fault.MYSQL_GREETING_UNKNOWN_PLUGIN, "-h", "127.0.0.1", "-P", "{port}", "--connect-timeout=1", "ping"),
                mysql("mysql-wait-refused", "--wait=1, refused: one more try after 5 s", Fault.REFUSED,
                        "-h", "127.0.0.1", "-P", "{port}", "--wait=1", "ping"),
                mysql("mysql-silent-refused", "-s, refused: nothing said, exit 1", Fault.REFUSED,
                        "-h", "127.0.0.1", "-P", "{port}", "-s", "ping"),
                mysql("mysql-nxdomain", "NXDOMAIN: unknown server host (-2) and the telnet hint", Fault.DNS_NXDOMAIN,
                        "-h", "gone.lab.test", "-P", "{port}", "ping"),
                mysql("mysql-opt-unknown", "unknown option and ambiguous prefix: both said, the last one's exit",
                        Fault.REFUSED, "--co=2", "--foo", "ping"),
                mysql("mysql-opt-suffix", "--connect-timeout=x: unknown suffix, exit 9", Fault.REFUSED,
                        "--connect-timeout=x", "ping"),
                mysql("mysql-opt-variable", "--timeout=3: unknown variable, exit 7", Fault.REFUSED, "--timeout=3", "ping"),
                mysql("mysql-opt-missing", "-h without its argument: exit 5", Fault.REFUSED, "-h"),
                mysql("mysql-opt-protocol", "--protocol=bogus: the alternatives, exit 1", Fault.REFUSED,
                        "--protocol=bogus", "ping"),
                mysql("mysql-opt-adjusted", "--connect-timeout=99999: adjusted to 43200 with a warning", Fault.REFUSED,
                        "-h", "127.0.0.1", "-P", "{port}", "--connect-timeout=99999", "ping"),
                mysql("mysql-defaults-file", "--defaults-file that does not exist", Fault.REFUSED,
                        "--defaults-file=/tmp/jtwins-no-such-{port}.cnf", "ping")));
        return all;
    }
}
