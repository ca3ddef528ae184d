package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * nc -F beside jnc -F with stdout on a unix socketpair (python3's socket.recv_fds, as ssh's
 * ProxyUseFdpass receives it): one NUL byte, one descriptor, and that descriptor is the live
 * connection to the echo server.
 */
class NcFdPassSideBySideTest {
    @Test
    void passesTheConnectedSocketLikeNc() throws Exception {
        try (Fault.Running echo = Fault.ECHO.start()) {
            String original = receive(SideBySide.original("nc"), echo.port());
            String twin = receive(SideBySide.twin("nc"), echo.port());
            assertTrue(original.contains("fds 1") && original.contains("through the passed socket"), original);
            assertEquals(original, twin);
        }
    }

    private static String receive(Path program, int port) throws Exception {
        Path receiver = Paths.get(NcFdPassSideBySideTest.class.getResource("/fd-receiver.py").toURI());
        Process p = new ProcessBuilder(List.of("python3", receiver.toString(), program.toString(), "-F", "127.0.0.1",
                Integer.toString(port))).redirectErrorStream(true).start();
        p.getOutputStream().close();
        try (InputStream out = p.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(15, TimeUnit.SECONDS), "receiver finished");
            assertEquals(0, p.exitValue(), text);
            return text;
        }
    }
}
