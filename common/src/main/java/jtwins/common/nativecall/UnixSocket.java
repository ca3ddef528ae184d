package jtwins.common.nativecall;

/**
 * A unix-domain socket made through jnr and held by its descriptor, which no JDK channel can select
 * on (a datagram socket, a stream socket with an abstract or 107-byte name): what its two kinds share,
 * and what a twin's copy loop needs of either.
 */
public abstract class UnixSocket implements AutoCloseable {
    /** The descriptor; -1 never (a failed socket() throws). */
    protected final int fd;
    private volatile boolean closed;

    protected UnixSocket(int fd) {
        this.fd = fd;
    }

    /** socket(AF_UNIX, type | SOCK_CLOEXEC if asked): nc's listener passes no flags, its client SOCK_CLOEXEC. */
    protected static int open(int type, boolean closeOnExec) throws NativeCallFailed {
        return (int) UnixSocketCalls.checked(UnixSocketCalls.libc().socket(UnixSocketCalls.AF_UNIX,
                type | (closeOnExec ? UnixSocketCalls.SOCK_CLOEXEC : 0), 0));
    }

    public void bind(UnixSockaddr address) throws NativeCallFailed {
        UnixSocketCalls.checked(UnixSocketCalls.libc().bind(fd, address.bytes(), address.length()));
    }

    public void connect(UnixSockaddr address) throws NativeCallFailed {
        UnixSocketCalls.checked(UnixSocketCalls.libc().connect(fd, address.bytes(), address.length()));
    }

    /** read(2) into the buffer's first length bytes: 0 at a stream's end; one datagram on a datagram socket. */
    public int read(byte[] buffer, int length) throws NativeCallFailed {
        return (int) UnixSocketCalls.checked(UnixSocketCalls.libc().read(fd, buffer, length));
    }

    /** write(2) of the buffer's first length bytes (one datagram on a datagram socket). */
    public int write(byte[] buffer, int length) throws NativeCallFailed {
        return (int) UnixSocketCalls.checked(UnixSocketCalls.libc().write(fd, buffer, length));
    }

    /** shutdown(2) with {@link SocketShutdown#SHUT_RD} or SHUT_WR, which nc makes on either kind; its result ignored. */
    public void shutdown(int how) {
        if (!closed) {
            UnixSocketCalls.libc().shutdown(fd, how);
        }
    }

    /** poll() for reading (or writing) on this socket alone; true when it would not block. */
    public boolean await(boolean forWrite, int timeoutMillis) throws NativeCallFailed {
        return UnixSocketCalls.poll(fd, forWrite ? UnixSocketCalls.POLLOUT : UnixSocketCalls.POLLIN, timeoutMillis);
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            UnixSocketCalls.libc().close(fd);
        }
    }
}
