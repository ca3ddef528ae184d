package jtwins.common.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The properties are read once per JVM, so each case runs in a JVM of its own: the provider the JDK
 * then makes, a refused connect's message (Errno.of reads its text), and a value given beforehand.
 */
class JdkStartPropertiesTest {
    /** The child: installs, connects to a closed loopback port, says what it met. */
    public static void main(String[] args) throws IOException {
        JdkStartProperties.install();
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String message;
        try (SocketChannel channel = SocketChannel.open()) {
            channel.connect(new InetSocketAddress("127.0.0.1", port));
            message = "connected";
        } catch (IOException e) {
            message = e.getMessage();
        }
        System.out.println(SelectorProvider.provider().getClass().getName());
        System.out.println(message);
        System.out.println("includeInExceptions=" + System.getProperty(JdkStartProperties.EXCEPTION_TEXT));
    }

    private static List<String> child(String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JdkStartPropertiesTest.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return List.of(out.split("\n"));
    }

    @Test
    void thePlatformsProviderIsNamedAndARefusalSaysOnlyWhatHappened() throws Exception {
        assertEquals(List.of("sun.nio.ch.EPollSelectorProvider", "Connection refused", "includeInExceptions=hostInfoExclSocket"), child());
    }

    @Test
    void valuesGivenBeforehandStand() throws Exception {
        List<String> lines = child("-Djava.nio.channels.spi.SelectorProvider=sun.nio.ch.PollSelectorProvider",
                "-Djdk.includeInExceptions=");
        assertEquals(List.of("sun.nio.ch.PollSelectorProvider", "Connection refused", "includeInExceptions="), lines);
    }

    @Test
    void eachPlatformHasItsProvider() {
        assertEquals("sun.nio.ch.EPollSelectorProvider", JdkStartProperties.platformProvider("Linux"));
        assertEquals("sun.nio.ch.KQueueSelectorProvider", JdkStartProperties.platformProvider("Mac OS X"));
        assertEquals("sun.nio.ch.WEPollSelectorProvider", JdkStartProperties.platformProvider("Windows 11"));
    }
}
