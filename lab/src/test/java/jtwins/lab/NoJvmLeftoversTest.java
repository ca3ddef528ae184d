package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The originals create nothing in /tmp; neither may their twins, whichever way they end. Every twin's
 * common paths run in a mount namespace of their own with an empty tmpfs over /tmp and TMPDIR inside
 * it (help, a refused connect, a download, a listener ended by SIGTERM, one on a jnr-made unix socket
 * ended by SIGINT, clients ended by SIGKILL, a reader gone with SIGPIPE), and /tmp holds nothing after
 * but TMPDIR itself: no attach-listener socket (.java_pid), no hsperfdata, no jffi stub, no temp file.
 */
class NoJvmLeftoversTest {
    private static final int HTTP_PORT = 7737;
    private static final int STALL_PORT = 7738;
    private static HttpServer http;
    private static ServerSocket stall;
    private static final List<Socket> STALLED = new ArrayList<>();

    @BeforeAll
    static void servers() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), HTTP_PORT), 20);
        byte[] big = new byte[4 << 20];
        http.createContext("/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().equals("/big") ? big
                    : "a file\n".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException readerGone) {
                // the SIGPIPE row's reader leaves early
            }
        });
        http.start();
        stall = new ServerSocket(STALL_PORT, 20, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!stall.isClosed()) {
                try {
                    Socket s = stall.accept();
                    synchronized (STALLED) {
                        STALLED.add(s);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "stall");
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    static void stop() throws IOException {
        http.stop(0);
        stall.close();
        synchronized (STALLED) {
            for (Socket s : STALLED) {
                s.close();
            }
        }
    }

    @Test
    void onTheDefaultJava() throws Exception {
        assertEquals("/tmp/own\n", leftovers(null));
    }

    @Test
    void onJava25() throws Exception {
        Path jdk25 = jdk25();
        assumeTrue(jdk25 != null, "no JDK 25 under /usr/lib/jvm");
        assertEquals("/tmp/own\n", leftovers(jdk25));
    }

    private static Path jdk25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (var dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().matches(".*-25(-|\\.|$).*"))
                    .filter(d -> Files.isExecutable(d.resolve("bin/java"))).findFirst().orElse(null);
        }
    }

    /** What /tmp holds after the runs, one path a line. */
    private static String leftovers(Path javaHome) throws Exception {
        String home = LabHome.get().toString();
        String h = "http://127.0.0.1:" + HTTP_PORT;
        String s = "127.0.0.1:" + STALL_PORT;
        String script = String.join("\n",
                // the checkout is seen at /mnt first, since it may itself lie under /tmp (a clone made there)
                "mount --bind '" + home + "' /mnt && mount -t tmpfs jtwins-tmp /tmp || exit 99",
                "mkdir -p /tmp/own/work && cd /tmp/own/work || exit 99",
                "export TMPDIR=/tmp/own B=/mnt/bin",
                // a background job of a script starts with SIGINT ignored, which no shell can undo: the
                // wrapper puts it back to its default, as a user's terminal would have it; exec'd, so that the
                // job's PID becomes the twin's own
                "dfl() { exec python3 -c 'import os,signal,sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                        + "os.execvp(sys.argv[1], sys.argv[1:])' \"$@\"; }",
                // a run the signal does not end within 5 s is named, then killed, so that the test fails instead of hanging
                // the signal goes once the wrapper and the launcher have become java, and the JVM has run a while
                "ended() { dfl \"$@\" </dev/null >/dev/null 2>&1 & p=$!; i=0;",
                "  while ! readlink /proc/$p/exe | grep -q '/java$' && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done",
                "  sleep 1.5; kill -$SIG $p; i=0;",
                "  while kill -0 $p 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done",
                "  if kill -0 $p 2>/dev/null; then echo \"not ended by SIG$SIG: $*\"; kill -KILL $p; fi; wait $p; }",
                "for t in jnc jcurl jwget jmysqlping jrsyncd-check; do $B/$t --help >/dev/null 2>&1; done",
                "$B/jnc -h >/dev/null 2>&1; $B/jnc -z 127.0.0.1 1 2>/dev/null",
                "$B/jcurl -s http://127.0.0.1:1/; $B/jcurl -s -o f1 " + h + "/file",
                "$B/jwget -q http://127.0.0.1:1/; $B/jwget -q " + h + "/file",
                "$B/jmysqlping -h 127.0.0.1 -P 1 ping >/dev/null 2>&1; $B/jrsyncd-check rsync://127.0.0.1:1/ 2>/dev/null",
                "$B/jnc -uU -w 1 /tmp/own/work/nobody.sock 2>/dev/null",
                "SIG=TERM ended $B/jnc -l 127.0.0.1 7739",
                // mysqladmin's handler only notes a SIGTERM: it ends when its connect timeout does, and so does the twin
                "SIG=TERM ended $B/jmysqlping -h 127.0.0.1 -P " + STALL_PORT + " --connect-timeout=3 ping",
                "SIG=TERM ended $B/jrsyncd-check rsync://" + s + "/",
                "SIG=INT ended $B/jnc -lU /tmp/own/work/u.sock",
                "SIG=INT ended $B/jwget -q -O /dev/null http://" + s + "/",
                "SIG=KILL ended $B/jcurl -s http://" + s + "/",
                "SIG=KILL ended $B/jnc " + s.replace(':', ' '),
                "$B/jcurl -s " + h + "/big | head -c 1 >/dev/null; $B/jwget -q -O - " + h + "/big | head -c 1 >/dev/null",
                "cd / && rm -rf /tmp/own/work && find /tmp -mindepth 1");
        List<String> command = List.of("timeout", "-s", "KILL", "110", "unshare", "--mount", "--propagation", "private",
                "sh", "-c", script);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (javaHome != null) {
            pb.environment().put("JAVA_HOME", javaHome.toString());
        } else {
            pb.environment().remove("JAVA_HOME");
        }
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }
}
