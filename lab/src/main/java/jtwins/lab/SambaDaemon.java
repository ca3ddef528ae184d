package jtwins.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Samba server for the smb:// rows (smbd in the foreground with its own smb.conf, every
 * directory of its own, no NetBIOS), started once per JVM on first use and stopped by its PID when
 * the JVM ends. SMB1 ("NT1") and NTLMv1 are allowed, since curl 7.88.1 speaks nothing newer. The user
 * the lab runs as (root in the lab namespace) has the password "curltest"; the share TESTS holds
 * hello.txt, a 100000-byte big.bin and an up/ folder for uploads.
 */
public final class SambaDaemon {
    private static final Path SMBD = Path.of("/usr/sbin/smbd");
    private static final Path SMBPASSWD = Path.of("/usr/bin/smbpasswd");
    private static SambaDaemon running;

    private final int port;

    private SambaDaemon(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public static synchronized SambaDaemon get() throws IOException {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static SambaDaemon start() throws IOException {
        if (!Files.isExecutable(SMBD) || !Files.isExecutable(SMBPASSWD)) {
            throw new IOException("smbd is not installed (apt-get install samba)");
        }
        int port = LocalDaemon.freePort();
        Path dir = Path.of("/tmp/jtwins-smbd-" + port);
        LocalDaemon.deleteTree(dir);
        for (String sub : List.of("share/up", "private", "lock", "state", "cache", "pid", "ncalrpc", "log")) {
            Files.createDirectories(dir.resolve(sub));
        }
        Files.writeString(dir.resolve("share/hello.txt"), "hello from samba\n");
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('A' + i % 26);
        }
        Files.write(dir.resolve("share/big.bin"), big);
        Path conf = dir.resolve("smb.conf");
        Files.writeString(conf, String.join("\n",
                "[global]",
                "    server role = standalone server",
                "    workgroup = LAB",
                "    netbios name = JTWINSLAB",
                "    smb ports = " + port,
                "    interfaces = 127.0.0.1",
                "    bind interfaces only = yes",
                "    server min protocol = NT1",
                "    ntlm auth = yes",
                "    passdb backend = tdbsam:" + dir.resolve("private/passdb.tdb"),
                "    private dir = " + dir.resolve("private"),
                "    lock directory = " + dir.resolve("lock"),
                "    state directory = " + dir.resolve("state"),
                "    cache directory = " + dir.resolve("cache"),
                "    pid directory = " + dir.resolve("pid"),
                "    ncalrpc dir = " + dir.resolve("ncalrpc"),
                "    log file = " + dir.resolve("log/log.%m"),
                "    disable netbios = yes",
                "    load printers = no",
                "    printcap name = /dev/null",
                "    disable spoolss = yes",
                "[TESTS]",
                "    path = " + dir.resolve("share"),
                "    read only = no",
                ""));
        addUser(conf, System.getProperty("user.name"), dir.resolve("smbpasswd.log"));
        // setsid: smbd ends by signalling its whole process group (kill(0, SIGTERM)); in a session of its
        // own that group is its own, not the JVM's and the build's that started it
        Process daemon = new ProcessBuilder("setsid", SMBD.toString(), "--foreground", "--no-process-group",
                "--debug-stdout", "-d", "1", "-s", conf.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("smbd.log").toFile()).start();
        LocalDaemon.stopOnExit(daemon, dir);
        LocalDaemon.awaitListening(daemon, "smbd", dir.resolve("smbd.log"), port);
        return new SambaDaemon(port);
    }

    private static void addUser(Path conf, String user, Path log) throws IOException {
        LocalDaemon.runToEnd(List.of(SMBPASSWD.toString(), "-c", conf.toString(), "-s", "-a", user),
                "curltest\ncurltest\n".getBytes(StandardCharsets.US_ASCII), log);
    }
}
