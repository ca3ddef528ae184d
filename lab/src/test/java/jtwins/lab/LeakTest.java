package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The twins that go round a loop (retries, --count, -k) hold no more file descriptors and threads
 * after many rounds than after the first: counted from /proc/PID/fd and /proc/PID/task while each
 * waits between two rounds.
 */
class LeakTest {
    /**
     * What /proc shows of a live process: its open descriptors, and its threads by name, less the
     * JIT's compiler threads, which HotSpot adds and retires as its queue grows and shrinks.
     */
    private record Held(long fds, List<String> threads) {
    }

    private static Held held(long pid) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (!name.contains("CompilerThre")) {
                        names.add(name);
                    }
                } catch (IOException threadEnded) {
                    // gone between the listing and the read
                }
            }
        }
        names.sort(null);
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return new Held(fds.count(), names);
        }
    }

    /** Starts the twin, and counts what it holds at each of the given moments after its start. */
    private static List<Held> heldAt(List<String> command, long... millis) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            List<Held> seen = new ArrayList<>();
            long start = System.nanoTime();
            for (long at : millis) {
                long wait = at - (System.nanoTime() - start) / 1_000_000;
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                assertTrue(p.isAlive(), "the twin ended before " + at + " ms: " + command);
                seen.add(held(p.pid()));
            }
            return seen;
        } finally {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int refusedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void jwgetRetryingARefusedPort() throws Exception {
        // tries at 0, 1, 3, 6 and 10 s (--waitretry grows by a second a try): counted in the waits after the first and the fourth
        List<Held> h = heldAt(List.of(SideBySide.twin("wget").toString(), "-t", "6", "--waitretry=4", "--retry-connrefused",
                "-O", "/dev/null", "http://127.0.0.1:" + refusedPort() + "/"), 600, 7500);
        assertEquals(h.get(0), h.get(1));
    }

    @Test
    void jcurlRetryingARefusedPort() throws Exception {
        List<Held> h = heldAt(List.of(SideBySide.twin("curl").toString(), "-s", "--retry", "6", "--retry-delay", "1",
                "--retry-connrefused", "http://127.0.0.1:" + refusedPort() + "/"), 600, 4600);
        assertEquals(h.get(0), h.get(1));
    }

    @Test
    void jmysqlpingCountingPings() throws Exception {
        MariaDbServer server = MariaDbServer.plain();
        List<Held> h = heldAt(List.of(SideBySide.twin("mysqladmin").toString(), "--no-defaults", "-h", "127.0.0.1",
                "-P", Integer.toString(server.port()), "-u", "probe", "-psekret", "-c", "8", "-i", "1", "ping"), 700, 4700);
        assertEquals(h.get(0), h.get(1));
    }

    @Test
    void jncKeepListeningForManyClients() throws Exception {
        int port = refusedPort();
        Process p = new ProcessBuilder(SideBySide.twin("nc").toString(), "-k", "-l", "127.0.0.1", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Held first = null;
            for (int client = 0; client < 20; client++) {
                connectAndClose(port);
                // jnc takes the next client only after this one is gone: a moment to close its socket
                Thread.sleep(150);
                if (client == 0) {
                    first = held(p.pid());
                }
            }
            assertTrue(p.isAlive(), "jnc -k ended");
            assertEquals(first, held(p.pid()));
        } finally {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void connectAndClose(int port) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try (SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
                c.write(java.nio.ByteBuffer.wrap("hello\n".getBytes()));
                return;
            } catch (IOException notListeningYet) {
                if (System.nanoTime() > until) {
                    throw notListeningYet;
                }
                Thread.sleep(50);
            }
        }
    }
}
