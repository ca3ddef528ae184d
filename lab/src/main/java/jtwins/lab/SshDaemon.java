package jtwins.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * A real OpenSSH server for the scp:// and sftp:// rows (sshd -D, its own configuration, host keys
 * and port, SFTP by internal-sftp), started once per JVM on first use and stopped by its PID when the
 * JVM ends. It lets in the user the lab runs as (root in the lab namespace) with the key
 * client_key, and no one by password. Its folder /tmp/jtwins-sshd-PORT holds files/ (hello.txt,
 * a 100000-byte big.bin, dir/ with inner.txt and a link; fixed times), up/ for uploads, and three
 * homes for the known_hosts rows: home-match (the server's Ed25519 key for [127.0.0.1]:PORT),
 * home-mismatch (another key there) and home-none (no known_hosts).
 */
public final class SshDaemon {
    /** 2023-11-14 22:13:20 UTC, as the rsync daemon's files. */
    private static final FileTime WHEN = FileTime.fromMillis(1_700_000_000_000L);
    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static SshDaemon running;

    private final int port;

    private SshDaemon(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public static boolean installed() {
        return Files.isExecutable(SSHD);
    }

    public static synchronized SshDaemon get() throws IOException {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static SshDaemon start() throws IOException {
        if (!installed()) {
            throw new IOException("sshd is not installed (apt-get install openssh-server)");
        }
        int port = LocalDaemon.freePort();
        Path dir = Path.of("/tmp/jtwins-sshd-" + port);
        LocalDaemon.deleteTree(dir);
        Files.createDirectories(dir);
        for (String type : List.of("ed25519", "ecdsa", "rsa")) {
            keygen(dir, "host_" + type + "_key", type);
        }
        keygen(dir, "client_key", "ed25519");
        keygen(dir, "other_key", "ed25519");
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        Path files = Files.createDirectories(dir.resolve("files"));
        Files.writeString(files.resolve("hello.txt"), "hello from sshd\n");
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        Files.write(files.resolve("big.bin"), big);
        Path sub = Files.createDirectories(files.resolve("dir"));
        Files.writeString(sub.resolve("inner.txt"), "inner\n");
        Files.createSymbolicLink(sub.resolve("link"), Path.of("inner.txt"));
        for (Path p : List.of(sub.resolve("inner.txt"), files.resolve("hello.txt"), files.resolve("big.bin"), sub, files)) {
            Files.setLastModifiedTime(p, WHEN);
        }
        Files.createDirectories(dir.resolve("up"));
        String serverKey = Files.readString(dir.resolve("host_ed25519_key.pub")).strip();
        String otherKey = Files.readString(dir.resolve("other_key.pub")).strip();
        knownHosts(dir.resolve("home-match"), "[127.0.0.1]:" + port + " " + serverKey);
        knownHosts(dir.resolve("home-mismatch"), "[127.0.0.1]:" + port + " " + otherKey);
        Files.createDirectories(dir.resolve("home-none"));
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host_ed25519_key"),
                "HostKey " + dir.resolve("host_ecdsa_key"),
                "HostKey " + dir.resolve("host_rsa_key"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PermitRootLogin prohibit-password",
                "StrictModes no",
                "UsePAM no",
                "PasswordAuthentication yes",
                "KbdInteractiveAuthentication no",
                "Subsystem sftp internal-sftp",
                "PidFile " + dir.resolve("sshd.pid"),
                ""));
        // the privilege separation directory Debian's service would make
        Files.createDirectories(Path.of("/run/sshd"));
        Process daemon = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        LocalDaemon.stopOnExit(daemon, dir);
        LocalDaemon.awaitListening(daemon, "sshd", dir.resolve("sshd.log"), port);
        return new SshDaemon(port);
    }

    private static void knownHosts(Path home, String line) throws IOException {
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(ssh.resolve("known_hosts"), line + "\n");
    }

    private static void keygen(Path dir, String name, String type) throws IOException {
        LocalDaemon.runToEnd(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "jtwins-lab", "-f",
                dir.resolve(name).toString()), new byte[0], dir.resolve(name + ".log"));
    }
}
