package jtwins.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real rsync daemon for the rsync rows (rsync --daemon --no-detach, its own configuration and port),
 * started once per JVM on first use and stopped by its PID when the JVM ends. Modules: pub (files,
 * a symlink, directories, names that test the list's order; fixed times), priv (auth users alice,
 * password "wonder") and empty. Its directory is /tmp/jtwins-rsyncd-PORT, so that a scenario's
 * --password-file can name alice.pw (0600), open.pw (0644, which rsync refuses) and wrong.pw there.
 */
public final class RsyncDaemon {
    /** 2023-11-14 22:13:20 UTC: every file's and directory's time, so that listings are comparable. */
    private static final FileTime WHEN = FileTime.fromMillis(1_700_000_000_000L);
    private static RsyncDaemon running;

    private final int port;

    private RsyncDaemon(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public static Path directoryFor(int port) {
        return Path.of("/tmp/jtwins-rsyncd-" + port);
    }

    public static boolean installed() {
        return SideBySide.original("rsync") != null;
    }

    public static synchronized RsyncDaemon get() throws IOException {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static RsyncDaemon start() throws IOException {
        if (!installed()) {
            throw new IOException("rsync is not installed (apt-get install rsync)");
        }
        int port = LocalDaemon.freePort();
        Path dir = directoryFor(port);
        LocalDaemon.deleteTree(dir);
        Files.createDirectories(dir);
        Path pub = Files.createDirectories(dir.resolve("pub"));
        Files.writeString(pub.resolve("readme.txt"), "hello\n");
        Files.write(pub.resolve("big.bin"), new byte[1_234_567]);
        Files.writeString(pub.resolve("a.b"), "x");
        Files.writeString(pub.resolve("a-b"), "xy");
        Files.writeString(pub.resolve("Upper"), "");
        Files.createDirectories(pub.resolve("a"));
        Files.createDirectories(pub.resolve("sub"));
        Files.writeString(pub.resolve("sub").resolve("inner.txt"), "inner\n");
        Files.createSymbolicLink(pub.resolve("link"), Path.of("readme.txt"));
        Path priv = Files.createDirectories(dir.resolve("priv"));
        Files.writeString(priv.resolve("secret.txt"), "x\n");
        Files.createDirectories(dir.resolve("empty"));
        secret(dir.resolve("secrets"), "alice:wonder\n");
        secret(dir.resolve("alice.pw"), "wonder\n");
        secret(dir.resolve("wrong.pw"), "nope\n");
        Files.writeString(dir.resolve("open.pw"), "wonder\n");
        Files.setPosixFilePermissions(dir.resolve("open.pw"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(dir.resolve("motd"), "Welcome to the jtwins lab\n\nsecond line\n");
        Files.writeString(dir.resolve("rsyncd.conf"), String.join("\n",
                "use chroot = no",
                "uid = 0",
                "gid = 0",
                "motd file = " + dir.resolve("motd"),
                "[pub]",
                "    path = " + pub,
                "    comment = public files",
                "[priv]",
                "    path = " + priv,
                "    comment = needs a password",
                "    auth users = alice",
                "    secrets file = " + dir.resolve("secrets"),
                "[empty]",
                "    path = " + dir.resolve("empty"),
                "") );
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setLastModifiedTime(p, WHEN);
                }
            }
        }
        List<String> command = List.of(SideBySide.original("rsync").toString(), "--daemon", "--no-detach",
                "--config=" + dir.resolve("rsyncd.conf"), "--port=" + port, "--address=127.0.0.1",
                "--log-file=" + dir.resolve("rsyncd.log"));
        Process daemon = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.log").toFile()).start();
        LocalDaemon.stopOnExit(daemon, dir);
        LocalDaemon.awaitListening(daemon, "rsync --daemon", dir.resolve("console.log"), port);
        return new RsyncDaemon(port);
    }

    private static void secret(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
