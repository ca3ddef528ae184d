package jtwins.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.Test;

class ConnectPhaseTest {
    @Test
    void refusedKeepsItsErrnoAndText() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (SocketChannel c = SocketChannel.open()) {
            ConnectOutcome outcome = ConnectPhase.connect(c,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), port), Deadline.afterMillis(2000));
            assertEquals(ConnectOutcome.Kind.FAILED, outcome.kind());
            assertEquals(Errno.ECONNREFUSED, outcome.errno());
            assertEquals(111, outcome.errno().number());
            assertEquals("Connection refused", outcome.errno().text());
        }
    }

    @Test
    void connectsToAListener() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             SocketChannel c = SocketChannel.open()) {
            ConnectOutcome outcome = ConnectPhase.connect(c,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), Deadline.NONE);
            assertTrue(outcome.connected());
        }
    }
}
