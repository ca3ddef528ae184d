package jtwins.common;

import java.nio.charset.StandardCharsets;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;

/**
 * A unix-domain stream socket connected to an abstract name (Linux: sun_path starting with a NUL,
 * no file), which the JDK's unix-domain channels cannot address: socket, connect, read, write and
 * poll through jnr, loaded only when a twin is asked (curl --abstract-unix-socket).
 */
public final class UnixAbstractSocket implements AutoCloseable {
    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_CLOEXEC = 02000000;
    private static final short POLLIN = 1;
    private static final short POLLOUT = 4;
    private static final int SUN_PATH_BYTES = 108;

    /** The libc calls an abstract stream socket needs, errno saved right after each. */
    public interface LibC {
        @SaveError
        int socket(int domain, int type, int protocol);

        @SaveError
        int connect(int fd, @In byte[] address, int length);

        @SaveError
        long read(int fd, @Out byte[] buffer, long length);

        @SaveError
        long write(int fd, @In byte[] buffer, long length);

        @SaveError
        int poll(byte[] fds, long count, int timeoutMillis);

        int close(int fd);
    }

    private static final class Holder {
        static final LibC LIBC = JnrStartup.libc(LibC.class);
    }

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
        int fd = Holder.LIBC.socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd == -1) {
            throw lastError();
        }
        byte[] address = new byte[2 + 1 + bytes.length];
        address[0] = AF_UNIX;
        System.arraycopy(bytes, 0, address, 3, bytes.length);
        if (Holder.LIBC.connect(fd, address, address.length) == -1) {
            NativeCallFailed e = lastError();
            Holder.LIBC.close(fd);
            throw e;
        }
        return new UnixAbstractSocket(fd);
    }

    /** read(2): -1 never; 0 at the peer's end. */
    public int read(byte[] buffer, int length) throws NativeCallFailed {
        long n = Holder.LIBC.read(fd, buffer, length);
        if (n == -1) {
            throw lastError();
        }
        return (int) n;
    }

    public int write(byte[] buffer, int length) throws NativeCallFailed {
        long n = Holder.LIBC.write(fd, buffer, length);
        if (n == -1) {
            throw lastError();
        }
        return (int) n;
    }

    /** poll() for reading (or writing) on this socket alone; true when it would not block. */
    public boolean await(boolean forWrite, int timeoutMillis) throws NativeCallFailed {
        short events = forWrite ? POLLOUT : POLLIN;
        byte[] pollfd = {(byte) fd, (byte) (fd >> 8), (byte) (fd >> 16), (byte) (fd >> 24),
                (byte) events, (byte) (events >> 8), 0, 0};
        int n = Holder.LIBC.poll(pollfd, 1, timeoutMillis);
        if (n == -1) {
            throw lastError();
        }
        return n > 0;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Holder.LIBC.close(fd);
        }
    }

    private static NativeCallFailed lastError() {
        return new NativeCallFailed(jnr.ffi.Runtime.getSystemRuntime().getLastError());
    }
}
