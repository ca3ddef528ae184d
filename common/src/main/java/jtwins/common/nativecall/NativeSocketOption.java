package jtwins.common.nativecall;

import java.nio.channels.Channel;
import java.util.Objects;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;

/**
 * setsockopt(2) for the options the JDK has no name for (IP_TTL, IP_MINTTL, their IPv6 twins,
 * SO_DEBUG, TCP_MD5SIG_EXT), and the buffer sizes the JDK would round up. jnr costs 100-200 ms at
 * first use, so this class is touched only on the paths that ask for one of these options; nothing on
 * a common path refers to it.
 */
public final class NativeSocketOption {
    public static final int SOL_SOCKET = 1;
    public static final int SO_DEBUG = 1;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int IPPROTO_IP = 0;
    public static final int IP_TTL = 2;
    public static final int IP_MINTTL = 21;
    public static final int IPPROTO_TCP = 6;
    public static final int TCP_MD5SIG_EXT = 32;
    public static final int IPPROTO_IPV6 = 41;
    public static final int IPV6_UNICAST_HOPS = 16;
    public static final int IPV6_MINHOPCOUNT = 73;

    /** The libc calls this class needs, errno saved right after each. */
    public interface LibC {
        @SaveError
        int setsockopt(int fd, int level, int name, @In byte[] value, int length);

        @SaveError
        int getsockopt(int fd, int level, int name, @Out byte[] value, @In int[] length);
    }

    private static final class Holder {
        static final LibC LIBC = JnrStartup.libc(LibC.class);
    }

    private NativeSocketOption() {
    }

    /** Loads the libc binding (jnr's costly first step) ahead of the first call. */
    static void prepare() {
        try {
            Objects.requireNonNull(Holder.LIBC);
        } catch (LinkageError | RuntimeException e) {
            // the first real call reports it
        }
    }

    /** An int-valued option, as every option nc sets except the MD5 key. */
    public static void setInt(Channel channel, int level, int name, int value) throws NativeCallFailed {
        byte[] native32 = {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
        set(channel, level, name, native32);
    }

    /** An option whose value is a C struct the caller has laid out (little-endian, as x86-64 and arm64 are). */
    public static void set(Channel channel, int level, int name, byte[] value) throws NativeCallFailed {
        int fd = ChannelDescriptor.of(channel);
        if (Holder.LIBC.setsockopt(fd, level, name, value, value.length) == -1) {
            throw new NativeCallFailed(Runtime.getSystemRuntime().getLastError());
        }
    }

    /** getsockopt() of a struct-valued option (TCP_INFO): the bytes the kernel filled, up to size. */
    public static byte[] getBytes(Channel channel, int level, int name, int size) throws NativeCallFailed {
        byte[] value = new byte[size];
        int[] length = {size};
        if (Holder.LIBC.getsockopt(ChannelDescriptor.of(channel), level, name, value, length) == -1) {
            throw new NativeCallFailed(Runtime.getSystemRuntime().getLastError());
        }
        return value;
    }

    /** getsockopt() of an int-valued option: what the kernel holds, to check that a set took. */
    public static int getInt(Channel channel, int level, int name) throws NativeCallFailed {
        byte[] value = new byte[4];
        int[] length = {4};
        if (Holder.LIBC.getsockopt(ChannelDescriptor.of(channel), level, name, value, length) == -1) {
            throw new NativeCallFailed(Runtime.getSystemRuntime().getLastError());
        }
        return (value[0] & 0xff) | (value[1] & 0xff) << 8 | (value[2] & 0xff) << 16 | value[3] << 24;
    }
}
