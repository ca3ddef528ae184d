package jtwins.common.nativecall;

/**
 * A unix-domain stream socket made through jnr, for the addresses the JDK's unix channels cannot
 * take: abstract names (sun_path starting with a NUL, no file) and a file name of 107 bytes, which
 * fits sun_path with its NUL but which the JDK refuses. Loaded only when a twin is asked (nc -U,
 * curl --abstract-unix-socket).
 */
public final class UnixStreamSocket extends UnixSocket {
    private UnixStreamSocket(int fd) {
        super(fd);
    }

    public static UnixStreamSocket open(boolean closeOnExec) throws NativeCallFailed {
        return new UnixStreamSocket(open(UnixSocketCalls.SOCK_STREAM, closeOnExec));
    }

    /** socket(SOCK_CLOEXEC) and connect(), the socket closed again if the connect fails. */
    public static UnixStreamSocket connectTo(UnixSockaddr address) throws NativeCallFailed {
        UnixStreamSocket socket = open(true);
        try {
            socket.connect(address);
            return socket;
        } catch (NativeCallFailed e) {
            socket.close();
            throw e;
        }
    }

    public void listen(int backlog) throws NativeCallFailed {
        UnixSocketCalls.checked(UnixSocketCalls.libc().listen(fd, backlog));
    }

    /** accept(): blocks until a peer connects, as nc's accept() with no timeout. */
    public UnixStreamSocket accept() throws NativeCallFailed {
        byte[] peer = new byte[UnixSockaddr.PATH_OFFSET + UnixSockaddr.PATH_BYTES];
        int[] peerLength = {peer.length};
        return new UnixStreamSocket((int) UnixSocketCalls.checked(UnixSocketCalls.libc().accept(fd, peer, peerLength)));
    }
}
