package jtwins.nc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import jtwins.common.Errno;
import jtwins.common.Failure;
import jtwins.common.nativecall.NativeCallFailed;
import jtwins.common.nativecall.NativeSocketOption;

/**
 * set_common_sockopts(): what nc sets on every socket it makes, client or listener, in its order and
 * with its messages. The JDK sets IP_TOS (IPV6_TCLASS on an IPv6 socket) as nc does; the rest go through
 * jnr, loaded only when one of -S -D -I -O -M -m is given.
 */
final class CommonSockopts {
    private CommonSockopts() {
    }

    static void apply(NetworkChannel s, boolean inet6, InetSocketAddress address, NcSettings settings,
                      NcOptions options) {
        if (settings.md5Key != null) {
            nativeInt(s, () -> NativeSocketOption.set(s, NativeSocketOption.IPPROTO_TCP,
                    NativeSocketOption.TCP_MD5SIG_EXT, Md5Sig.of(address, settings.md5Key)), null);
        }
        if (options.soDebug) {
            nativeInt(s, () -> NativeSocketOption.setInt(s, NativeSocketOption.SOL_SOCKET,
                    NativeSocketOption.SO_DEBUG, 1), null);
        }
        if (settings.tos >= 0) {
            jdk(s, StandardSocketOptions.IP_TOS, settings.tos, inet6 ? "set IPv6 traffic class" : "set IP ToS");
        }
        // the JDK raises an SO_RCVBUF under 1024 to 1024 on Linux (Net.c); nc asks the kernel for the value given
        if (settings.recvBuffer > 0) {
            nativeInt(s, () -> NativeSocketOption.setInt(s, NativeSocketOption.SOL_SOCKET,
                    NativeSocketOption.SO_RCVBUF, settings.recvBuffer), "set TCP receive buffer size");
        }
        if (settings.sendBuffer > 0) {
            nativeInt(s, () -> NativeSocketOption.setInt(s, NativeSocketOption.SOL_SOCKET,
                    NativeSocketOption.SO_SNDBUF, settings.sendBuffer), "set TCP send buffer size");
        }
        if (settings.ttl != -1) {
            nativeInt(s, () -> NativeSocketOption.setInt(s,
                    inet6 ? NativeSocketOption.IPPROTO_IPV6 : NativeSocketOption.IPPROTO_IP,
                    inet6 ? NativeSocketOption.IPV6_UNICAST_HOPS : NativeSocketOption.IP_TTL, settings.ttl),
                    inet6 ? "set IPv6 unicast hops" : "set IP TTL");
        }
        if (settings.minTtl != -1) {
            nativeInt(s, () -> NativeSocketOption.setInt(s,
                    inet6 ? NativeSocketOption.IPPROTO_IPV6 : NativeSocketOption.IPPROTO_IP,
                    inet6 ? NativeSocketOption.IPV6_MINHOPCOUNT : NativeSocketOption.IP_MINTTL, settings.minTtl),
                    inet6 ? "set IPv6 min hop count" : "set IP min TTL");
        }
    }

    private interface NativeCall {
        void run() throws NativeCallFailed;
    }

    /** err(1, what) when setsockopt() fails; what null is nc's err(1, NULL), strerror alone. */
    private static void nativeInt(NetworkChannel s, NativeCall call, String what) {
        try {
            call.run();
        } catch (NativeCallFailed e) {
            throw Failure.errx(1, what == null ? e.getMessage() : what + ": " + e.getMessage());
        }
    }

    private static <T> void jdk(NetworkChannel s, SocketOption<T> option, T value, String what) {
        try {
            s.setOption(option, value);
        } catch (IOException e) {
            throw Failure.err(1, Errno.of(e), what);
        }
    }
}
