package jtwins.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real MariaDB server for the mysqladmin rows: its own data directory, loopback port and unix
 * socket, started once per JVM on first use and stopped (by its PID) when the JVM ends. Its users
 * cover the client's plugins: probe/sekret (mysql_native_password), nopw (no password), edd/edpass
 * (client_ed25519), and the OS user running the tests over the socket (unix_socket). Two can run:
 * one as Debian's default configuration leaves it, without TLS, and one with TLS and a self-signed
 * certificate for localhost and 127.0.0.1 (certificateFor), where the client's default --ssl and its
 * --ssl-verify-server-cert come into play.
 */
public final class MariaDbServer {
    private static MariaDbServer plain;
    private static MariaDbServer withTls;

    private final int port;
    private final Path socket;

    private MariaDbServer(int port, Path socket) {
        this.port = port;
        this.socket = socket;
    }

    /** The server's socket path for a port, so that a scenario's arguments can name it. */
    public static Path socketFor(int port) {
        return Path.of("/tmp/jtwins-mariadb-" + port + ".sock");
    }

    /** The server's certificate (PEM) for a port, so that a scenario's --ssl-ca can name it. */
    public static Path certificateFor(int port) {
        return Path.of("/tmp/jtwins-mariadb-" + port + ".pem");
    }

    public int port() {
        return port;
    }

    public Path socket() {
        return socket;
    }

    /** The server without TLS, started on first use. */
    public static synchronized MariaDbServer plain() throws IOException {
        if (plain == null) {
            plain = start(false);
        }
        return plain;
    }

    /** The server with TLS, started on first use. */
    public static synchronized MariaDbServer withTls() throws IOException {
        if (withTls == null) {
            withTls = start(true);
        }
        return withTls;
    }

    public static boolean installed() {
        return executable("mariadbd") != null && executable("mariadb-install-db") != null
                && executable("mariadb") != null;
    }

    private static MariaDbServer start(boolean tls) throws IOException {
        if (!installed()) {
            throw new IOException("MariaDB's server is not installed (apt-get install mariadb-server)");
        }
        Path dir = Files.createTempDirectory("jtwins-mariadb");
        String user = System.getProperty("user.name");
        run(List.of(executable("mariadb-install-db").toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--user=" + user, "--auth-root-authentication-method=socket", "--auth-root-socket-user=" + user,
                "--skip-test-db"), dir.resolve("install.log"));
        int port = freePort();
        Path socket = socketFor(port);
        Files.deleteIfExists(socket);
        Path certificate = certificateFor(port);
        List<String> command = new ArrayList<>(List.of(executable("mariadbd").toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--user=" + user, "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + socket, "--pid-file=" + dir.resolve("mariadbd.pid"),
                "--log-error=" + dir.resolve("error.log"), "--skip-name-resolve", "--innodb-buffer-pool-size=8M",
                "--skip-log-bin"));
        if (tls) {
            Path key = dir.resolve("key.pem");
            run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out",
                    certificate.toString(), "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"), dir.resolve("openssl.log"));
            command.addAll(List.of("--ssl-ca=" + certificate, "--ssl-cert=" + certificate, "--ssl-key=" + key));
        }
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, dir, socket, certificate)));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(socket)) {
            if (!server.isAlive() || System.nanoTime() > until) {
                throw new IOException("mariadbd did not start: " + Files.readString(dir.resolve("error.log")));
            }
            sleep(50);
        }
        Path sql = dir.resolve("users.sql");
        Files.writeString(sql, String.join("\n",
                "INSTALL SONAME 'auth_ed25519';",
                "CREATE USER probe@'%' IDENTIFIED BY 'sekret';",
                "CREATE USER probe@localhost IDENTIFIED BY 'sekret';",
                "CREATE USER nopw@'%';",
                "CREATE USER nopw@localhost;",
                "CREATE USER edd@'%' IDENTIFIED VIA ed25519 USING PASSWORD('edpass');",
                "CREATE USER edd@localhost IDENTIFIED VIA ed25519 USING PASSWORD('edpass');", ""));
        Process setup = new ProcessBuilder(executable("mariadb").toString(), "--no-defaults", "-S", socket.toString(),
                "-uroot").redirectInput(sql.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("setup.log").toFile()).start();
        try {
            if (!setup.waitFor(30, TimeUnit.SECONDS) || setup.exitValue() != 0) {
                throw new IOException("could not create the test users: " + Files.readString(dir.resolve("setup.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating the test users");
        }
        return new MariaDbServer(port, socket);
    }

    private static void stop(Process server, Path dir, Path socket, Path certificate) {
        server.destroy();
        try {
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            Files.deleteIfExists(socket);
            Files.deleteIfExists(certificate);
        } catch (IOException e) {
            // a leftover directory in /tmp is all this costs
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command.get(0));
        }
    }

    /** A program on PATH or in /usr/sbin, where Debian puts mariadbd. */
    private static Path executable(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/sbin");
        dirs.add("/usr/bin");
        for (String d : dirs) {
            Path p = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
