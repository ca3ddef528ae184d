package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * wget's log on standard error whose reader has gone (`wget ... 2>&1 >/dev/null | true`): log.c's
 * logprintf() meets EPIPE and wget exits 1 there, before it even connects. The same command with a
 * reader that stays is exit 4 (the refused connect), so the first status is the pipe's doing.
 */
class WgetLogReaderGoneTest {
    @Test
    void aLogNobodyReadsEndsWgetAndJwgetWithOne() throws Exception {
        Path wget = SideBySide.original("wget");
        assertNotNull(wget, "the real wget must be installed");
        int port = refusedPort();
        for (Path program : new Path[] {wget, SideBySide.twin("wget")}) {
            assertEquals(4, run(program, port, false), program + " with its log read");
            assertEquals(1, run(program, port, true), program + " with its log's reader gone");
        }
    }

    private static int run(Path program, int port, boolean readerGone) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(program.toString(), "-O", "/dev/null", "http://127.0.0.1:" + port + "/")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.getOutputStream().close();
        if (readerGone) {
            p.getErrorStream().close();
        } else {
            p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(program + " did not end");
        }
        return p.exitValue();
    }

    private static int refusedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
