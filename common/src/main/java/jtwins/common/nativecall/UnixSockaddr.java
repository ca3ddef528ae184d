package jtwins.common.nativecall;

import java.util.Arrays;
import jtwins.common.Errno;

/**
 * A struct sockaddr_un as a C program lays it out for bind() or connect(): the family, sun_path's
 * bytes and the length passed with it, which is what tells Linux a file name from an abstract one
 * (sun_path[0] == NUL, the name running to the length, NULs and all).
 */
public final class UnixSockaddr {
    /** offsetof(struct sockaddr_un, sun_path). */
    public static final int PATH_OFFSET = 2;
    /** sizeof(sun_path) on Linux. */
    public static final int PATH_BYTES = 108;

    private final byte[] bytes;
    private final int length;

    private UnixSockaddr(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    /** A file name: sun_path holds it with its NUL, the length counting both (SUN_LEN() + 1). */
    public static UnixSockaddr file(byte[] path) throws NativeCallFailed {
        if (path.length >= PATH_BYTES) {
            throw new NativeCallFailed(Errno.ENAMETOOLONG.number());
        }
        byte[] address = new byte[PATH_OFFSET + PATH_BYTES];
        address[0] = UnixSocketCalls.AF_UNIX;
        System.arraycopy(path, 0, address, PATH_OFFSET, path.length);
        return new UnixSockaddr(address, PATH_OFFSET + path.length + 1);
    }

    /** An abstract name: a NUL, then the name's bytes, the length ending where the name does. */
    public static UnixSockaddr abstractName(byte[] name) throws NativeCallFailed {
        if (name.length + 1 > PATH_BYTES) {
            throw new NativeCallFailed(Errno.ENAMETOOLONG.number());
        }
        byte[] address = new byte[PATH_OFFSET + PATH_BYTES];
        address[0] = UnixSocketCalls.AF_UNIX;
        System.arraycopy(name, 0, address, PATH_OFFSET + 1, name.length);
        return new UnixSockaddr(address, PATH_OFFSET + 1 + name.length);
    }

    /** An address as the kernel handed it back (recvfrom(), accept()), kept byte for byte to connect() to. */
    static UnixSockaddr received(byte[] address, int length) {
        int kept = Math.max(0, Math.min(length, address.length));
        return new UnixSockaddr(Arrays.copyOf(address, Math.max(kept, PATH_OFFSET)), kept);
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** True for a name in the abstract namespace. */
    private boolean isAbstract() {
        return length > PATH_OFFSET && bytes[PATH_OFFSET] == 0;
    }

    /** unlink() of the file a file name names, its result ignored as unix_bind()'s is; an abstract name has none. */
    public void unlinkFile() {
        if (!isAbstract() && !isUnnamed()) {
            UnixSocketCalls.libc().unlink(Arrays.copyOfRange(bytes, PATH_OFFSET, length));
        }
    }

    /** An unnamed socket's address: the family alone (a client that never bound). */
    private boolean isUnnamed() {
        return length <= PATH_OFFSET;
    }
}
