package jtwins.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the lab's real daemons (rsync --daemon, nginx) share: a free loopback port, the wait until a
 * started one listens, and its end with the JVM's, by its own process handle, its folder removed.
 */
final class LocalDaemon {
    private LocalDaemon() {
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Waits up to 10 s for each port to accept; an IOException naming the log when the daemon dies or is late. */
    static void awaitListening(Process daemon, String name, Path log, int... ports) throws IOException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (int port : ports) {
            while (true) {
                try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    break;
                } catch (IOException notYet) {
                    if (System.nanoTime() > until || !daemon.isAlive()) {
                        throw new IOException(name + " did not start; see " + log);
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while " + name + " started", e);
                    }
                }
            }
        }
    }

    /** When the JVM ends: the daemon stopped (SIGTERM, then SIGKILL after 5 s) and its folder removed. */
    static void stopOnExit(Process daemon, Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            daemon.destroy();
            try {
                if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
                    daemon.destroyForcibly();
                }
                deleteTree(dir);
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * A daemon's set-up command (a key made, a database loaded, a user added) run to its end, its
     * output in log and input given; an IOException naming the log when it fails or takes 30 s.
     */
    static void runToEnd(List<String> command, byte[] input, Path log) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (java.io.OutputStream in = p.getOutputStream()) {
                in.write(input);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }
}
