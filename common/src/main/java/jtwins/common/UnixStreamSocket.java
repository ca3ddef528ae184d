package jtwins.common;

/**
 * A unix-domain stream socket made through jnr, for the addresses the JDK's unix channels cannot
 * take: abstract names (sun_path starting with a NUL, no file) and a file name of 107 bytes, which
 * fits sun_path with its NUL but which the JDK refuses. socket, bind, listen, accept, connect, read,
 * write, shutdown and poll, loaded only when a twin is asked (nc -U, curl --abstract-unix-socket).
 */
public final class UnixStreamSocket implements NativeStream {
    private final int fd;
    private volatile boolean closed;

    private UnixStreamSocket(int fd) {
        this.fd = fd;
    }

    /** socket(AF_UNIX, SOCK_STREAM | flags): nc's listener passes no flags, its client and curl SOCK_CLOEXEC. */
    public static UnixStreamSocket open(boolean closeOnExec) throws NativeCallFailed {
        int fd = (int) UnixSocketCalls.checked(UnixSocketCalls.libc().socket(UnixSocketCalls.AF_UNIX,
                UnixSocketCalls.SOCK_STREAM | (closeOnExec ? UnixSocketCalls.SOCK_CLOEXEC : 0), 0));
        return new UnixStreamSocket(fd);
    }

    /** socket() and connect(), the socket closed again if the connect fails. */
    public static UnixStreamSocket connect(UnixSockaddr address) throws NativeCallFailed {
        UnixStreamSocket socket = open(true);
        try {
            socket.connectTo(address);
            return socket;
        } catch (NativeCallFailed e) {
            socket.close();
            throw e;
        }
    }

    public void connectTo(UnixSockaddr address) throws NativeCallFailed {
        UnixSocketCalls.checked(UnixSocketCalls.libc().connect(fd, address.bytes(), address.length()));
    }

    public void bind(UnixSockaddr address) throws NativeCallFailed {
        UnixSocketCalls.checked(UnixSocketCalls.libc().bind(fd, address.bytes(), address.length()));
    }

    public void listen(int backlog) throws NativeCallFailed {
        UnixSocketCalls.checked(UnixSocketCalls.libc().listen(fd, backlog));
    }

    /** accept(): blocks until a peer connects, as nc's accept() with no timeout. */
    public UnixStreamSocket accept() throws NativeCallFailed {
        byte[] peer = new byte[UnixSockaddr.PATH_OFFSET + UnixSockaddr.PATH_BYTES];
        int[] peerLength = {peer.length};
        int accepted = (int) UnixSocketCalls.checked(UnixSocketCalls.libc().accept(fd, peer, peerLength));
        return new UnixStreamSocket(accepted);
    }

    /** read(2): -1 never; 0 at the peer's end. */
    @Override
    public int read(byte[] buffer, int length) throws NativeCallFailed {
        return (int) UnixSocketCalls.checked(UnixSocketCalls.libc().read(fd, buffer, length));
    }

    @Override
    public int write(byte[] buffer, int length) throws NativeCallFailed {
        return (int) UnixSocketCalls.checked(UnixSocketCalls.libc().write(fd, buffer, length));
    }

    /** shutdown(2) with SHUT_RD (0) or SHUT_WR (1); its result ignored, as nc ignores it. */
    @Override
    public void shutdown(int how) {
        if (!closed) {
            UnixSocketCalls.libc().shutdown(fd, how);
        }
    }

    /** poll() for reading (or writing) on this socket alone; true when it would not block. */
    public boolean await(boolean forWrite, int timeoutMillis) throws NativeCallFailed {
        return UnixSocketCalls.poll(fd, forWrite ? UnixSocketCalls.POLLOUT : UnixSocketCalls.POLLIN, timeoutMillis);
    }

    @Override
    public boolean awaitReadable(int timeoutMillis) throws NativeCallFailed {
        return await(false, timeoutMillis);
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
}
