package jtwins.common.nativecall;

import java.nio.channels.Channel;

/**
 * The kernel's struct tcp_info for a socket (getsockopt TCP_INFO, linux/tcp.h), the fields that tell
 * what a connect in progress is doing: how often the SYN has been sent again (tcpi_retransmits, reset
 * by an answer), the backoff, and the retransmission timeout now armed. No privilege and no packet
 * capture: it is the connecting socket's own state.
 */
public record TcpInfo(int state, int retransmits, int backoff, long rtoMicros, long totalRetrans) {
    private static final int TCP_INFO = 11;
    private static final int SIZE = 104;
    /** TCP_SYN_SENT in the kernel's tcp_states. */
    public static final int SYN_SENT = 2;

    /** Binds getsockopt() now rather than at the first read. */
    public static void prepare() {
        NativeSocketOption.prepare();
    }

    public static TcpInfo of(Channel channel) throws NativeCallFailed {
        byte[] b = NativeSocketOption.getBytes(channel, NativeSocketOption.IPPROTO_TCP, TCP_INFO, SIZE);
        return new TcpInfo(b[0] & 0xff, b[2] & 0xff, b[4] & 0xff, u32(b, 8), u32(b, 100));
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
