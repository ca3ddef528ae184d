package jtwins.common.nativecall;

import java.nio.channels.DatagramChannel;

/**
 * shutdown(2)'s two halves, and the call on a UDP socket, which nc makes (-N at stdin's end, -q, -W)
 * and which the JDK's DatagramChannel has no method for; through jnr, loaded only when a UDP run
 * reaches one.
 */
public final class SocketShutdown {
    public static final int SHUT_RD = 0;
    public static final int SHUT_WR = 1;

    private SocketShutdown() {
    }

    /** Its result ignored: on an unconnected socket Linux answers ENOTCONN, and nc does not look. */
    public static void datagram(DatagramChannel channel, int how) {
        UnixSocketCalls.libc().shutdown(ChannelDescriptor.of(channel), how);
    }
}
