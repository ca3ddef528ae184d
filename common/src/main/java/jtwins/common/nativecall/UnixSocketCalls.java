package jtwins.common.nativecall;

import jnr.ffi.Runtime;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;

/**
 * The libc calls of the unix sockets the JDK cannot make (datagram sockets, abstract names), and the
 * shutdown() the JDK has no name for on a UDP channel, bound through jnr on first use, with errno
 * kept right after each call and poll() on one descriptor.
 */
final class UnixSocketCalls {
    static final int AF_UNIX = 1;
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_CLOEXEC = 02000000;
    static final short POLLIN = 1;
    static final short POLLOUT = 4;

    /** The calls, errno saved right after each. */
    public interface LibC {
        @SaveError
        int socket(int domain, int type, int protocol);

        @SaveError
        int bind(int fd, @In byte[] address, int length);

        @SaveError
        int connect(int fd, @In byte[] address, int length);

        @SaveError
        int listen(int fd, int backlog);

        @SaveError
        int accept(int fd, @Out byte[] address, int[] addressLength);

        int shutdown(int fd, int how);

        int unlink(@In byte[] path);

        @SaveError
        long recvfrom(int fd, @Out byte[] buffer, long length, int flags, @Out byte[] address, int[] addressLength);

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

    private UnixSocketCalls() {
    }

    static LibC libc() {
        return Holder.LIBC;
    }

    /** poll() on one descriptor for the events given; true when it is ready. */
    static boolean poll(int fd, short events, int timeoutMillis) throws NativeCallFailed {
        byte[] pollfd = {(byte) fd, (byte) (fd >> 8), (byte) (fd >> 16), (byte) (fd >> 24),
                (byte) events, (byte) (events >> 8), 0, 0};
        int n = Holder.LIBC.poll(pollfd, 1, timeoutMillis);
        if (n == -1) {
            throw lastError();
        }
        return n > 0;
    }

    /** The result of a call that returns -1 on failure, or errno as an exception. */
    static long checked(long result) throws NativeCallFailed {
        if (result == -1) {
            throw lastError();
        }
        return result;
    }

    static NativeCallFailed lastError() {
        return new NativeCallFailed(Runtime.getSystemRuntime().getLastError());
    }
}
