package jtwins.common;

import java.nio.charset.StandardCharsets;

/**
 * A unix-domain stream socket connected to an abstract name (Linux: sun_path starting with a NUL,
 * no file), which the JDK's unix-domain channels cannot address: socket, connect, read, write and
 * poll through jnr, loaded only when a twin is asked (curl --abstract-unix-socket).
 */
public final class UnixAbstractSocket implements AutoCloseable {
    private static final int SUN_PATH_BYTES = 108;

    private final int fd;
    private boolean closed;

    private UnixAbstractSocket(int fd) {
        this.fd = fd;
    }

    /**
     * socket() and connect() to "\0name", the address length covering the name and its leading NUL
     * only, as curl's Curl_unix2addr() sets it for an abstract name.
     */
    public static UnixAbstractSocket connect(String name) throws NativeCallFailed {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length + 1 > SUN_PATH_BYTES) {
            throw new NativeCallFailed(Errno.ENAMETOOLONG.number());
        }
        int fd = (int) UnixSocketCalls.checked(UnixSocketCalls.libc().socket(UnixSocketCalls.AF_UNIX,
                UnixSocketCalls.SOCK_STREAM | UnixSocketCalls.SOCK_CLOEXEC, 0));
        byte[] address = new byte[2 + 1 + bytes.length];
        address[0] = UnixSocketCalls.AF_UNIX;
        System.arraycopy(bytes, 0, address, 3, bytes.length);
        if (UnixSocketCalls.libc().connect(fd, address, address.length) == -1) {
            NativeCallFailed e = UnixSocketCalls.lastError();
            UnixSocketCalls.libc().close(fd);
            throw e;
        }
        return new UnixAbstractSocket(fd);
    }

    /** read(2): -1 never; 0 at the peer's end. */
    public int read(byte[] buffer, int length) throws NativeCallFailed {
        return (int) UnixSocketCalls.checked(UnixSocketCalls.libc().read(fd, buffer, length));
    }

    public int write(byte[] buffer, int length) throws NativeCallFailed {
        return (int) UnixSocketCalls.checked(UnixSocketCalls.libc().write(fd, buffer, length));
    }

    /** poll() for reading (or writing) on this socket alone; true when it would not block. */
    public boolean await(boolean forWrite, int timeoutMillis) throws NativeCallFailed {
        return UnixSocketCalls.poll(fd, forWrite ? UnixSocketCalls.POLLOUT : UnixSocketCalls.POLLIN, timeoutMillis);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            UnixSocketCalls.libc().close(fd);
        }
    }
}
