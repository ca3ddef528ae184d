package jtwins.common;

/**
 * A unix-domain datagram socket, which the JDK does not have (it has unix stream sockets only):
 * socket(AF_UNIX, SOCK_DGRAM), bind, connect, recvfrom(MSG_PEEK), read, write and poll, through jnr,
 * loaded only when a twin is asked for one (nc -U -u).
 */
public final class UnixDatagramSocket implements NativeStream {
    private static final int MSG_PEEK = 2;

    private final int fd;
    private volatile boolean closed;

    private UnixDatagramSocket(int fd) {
        this.fd = fd;
    }

    /** socket(AF_UNIX, SOCK_DGRAM) with flags as the caller's original passes them (nc's client: SOCK_CLOEXEC). */
    public static UnixDatagramSocket open(boolean closeOnExec) throws NativeCallFailed {
        int fd = UnixSocketCalls.libc().socket(UnixSocketCalls.AF_UNIX,
                UnixSocketCalls.SOCK_DGRAM | (closeOnExec ? UnixSocketCalls.SOCK_CLOEXEC : 0), 0);
        if (fd == -1) {
            throw lastError();
        }
        return new UnixDatagramSocket(fd);
    }

    public void bind(UnixSockaddr address) throws NativeCallFailed {
        check(UnixSocketCalls.libc().bind(fd, address.bytes(), address.length()));
    }

    public void connect(UnixSockaddr address) throws NativeCallFailed {
        check(UnixSocketCalls.libc().connect(fd, address.bytes(), address.length()));
    }

    /** connect(fd, NULL, 0): how nc "disconnects" its listener after a peer; Linux refuses it (EINVAL). */
    public void disconnect() throws NativeCallFailed {
        check(UnixSocketCalls.libc().connect(fd, null, 0));
    }

    /**
     * recvfrom(MSG_PEEK): who sent the first datagram waiting, leaving it queued; the address kept
     * as the kernel gave it, so that an abstract sender can be connected to.
     */
    public UnixSockaddr peekSender() throws NativeCallFailed {
        byte[] data = new byte[2048];
        byte[] from = new byte[UnixSockaddr.PATH_OFFSET + UnixSockaddr.PATH_BYTES];
        int[] fromLength = {from.length};
        if (UnixSocketCalls.libc().recvfrom(fd, data, data.length, MSG_PEEK, from, fromLength) == -1) {
            throw lastError();
        }
        return UnixSockaddr.received(from, fromLength[0]);
    }

    /** read(2): one datagram, at most length bytes of it. */
    @Override
    public int read(byte[] buffer, int length) throws NativeCallFailed {
        long n = UnixSocketCalls.libc().read(fd, buffer, length);
        if (n == -1) {
            throw lastError();
        }
        return (int) n;
    }

    /** write(2): the bytes as one datagram. */
    @Override
    public int write(byte[] datagram, int length) throws NativeCallFailed {
        long n = UnixSocketCalls.libc().write(fd, datagram, length);
        if (n == -1) {
            throw lastError();
        }
        return (int) n;
    }

    /** shutdown(2), which nc makes on a datagram socket too; its result ignored, as nc ignores it. */
    @Override
    public void shutdown(int how) {
        if (!closed) {
            UnixSocketCalls.libc().shutdown(fd, how);
        }
    }

    @Override
    public boolean awaitReadable(int timeoutMillis) throws NativeCallFailed {
        return UnixSocketCalls.poll(fd, UnixSocketCalls.POLLIN, timeoutMillis);
    }

    @Override
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

    private static void check(int result) throws NativeCallFailed {
        if (result == -1) {
            throw lastError();
        }
    }

    private static NativeCallFailed lastError() {
        return UnixSocketCalls.lastError();
    }
}
