package jtwins.common.nativecall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.Test;

class NativeSocketOptionTest {
    @Test
    void ttlAndMinTtlReachTheKernel() throws Exception {
        try (SocketChannel s = SocketChannel.open(StandardProtocolFamily.INET)) {
            NativeSocketOption.setInt(s, NativeSocketOption.IPPROTO_IP, NativeSocketOption.IP_TTL, 7);
            NativeSocketOption.setInt(s, NativeSocketOption.IPPROTO_IP, NativeSocketOption.IP_MINTTL, 3);
            assertEquals(7, NativeSocketOption.getInt(s, NativeSocketOption.IPPROTO_IP, NativeSocketOption.IP_TTL));
            assertEquals(3, NativeSocketOption.getInt(s, NativeSocketOption.IPPROTO_IP, NativeSocketOption.IP_MINTTL));
        }
    }

    @Test
    void hopLimitOnAnIpv6Socket() throws Exception {
        try (DatagramChannel s = DatagramChannel.open(StandardProtocolFamily.INET6)) {
            NativeSocketOption.setInt(s, NativeSocketOption.IPPROTO_IPV6, NativeSocketOption.IPV6_UNICAST_HOPS, 9);
            assertEquals(9, NativeSocketOption.getInt(s, NativeSocketOption.IPPROTO_IPV6,
                    NativeSocketOption.IPV6_UNICAST_HOPS));
        }
    }

    @Test
    void theKernelsErrnoComesBackWithGlibcsText() throws Exception {
        try (SocketChannel s = SocketChannel.open(StandardProtocolFamily.INET)) {
            NativeCallFailed e = assertThrows(NativeCallFailed.class, () ->
                    NativeSocketOption.setInt(s, NativeSocketOption.IPPROTO_IP, NativeSocketOption.IP_TTL, 300));
            assertEquals(22, e.errno());
            assertEquals("Invalid argument", e.getMessage());
        }
    }
}
