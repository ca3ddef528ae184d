package jtwins.common.nativecall;

/**
 * A unix-domain datagram socket, which the JDK does not have (it has unix stream sockets only):
 * socket(AF_UNIX, SOCK_DGRAM) with recvfrom(MSG_PEEK) and nc's disconnect, through jnr, loaded only
 * when a twin is asked for one (nc -U -u).
 */
public final class UnixDatagramSocket extends UnixSocket {
    private static final int MSG_PEEK = 2;

    private UnixDatagramSocket(int fd) {
        super(fd);
    }

    /** socket(AF_UNIX, SOCK_DGRAM) with flags as the caller's original passes them (nc's client: SOCK_CLOEXEC). */
    public static UnixDatagramSocket open(boolean closeOnExec) throws NativeCallFailed {
        return new UnixDatagramSocket(open(UnixSocketCalls.SOCK_DGRAM, closeOnExec));
    }

    /** connect(fd, NULL, 0): how nc "disconnects" its listener after a peer; Linux refuses it (EINVAL). */
    public void disconnect() throws NativeCallFailed {
        UnixSocketCalls.checked(UnixSocketCalls.libc().connect(fd, null, 0));
    }

    /**
     * recvfrom(MSG_PEEK): who sent the first datagram waiting, leaving it queued; the address kept
     * as the kernel gave it, so that an abstract sender can be connected to.
     */
    public UnixSockaddr peekSender() throws NativeCallFailed {
        byte[] data = new byte[2048];
        byte[] from = new byte[UnixSockaddr.PATH_OFFSET + UnixSockaddr.PATH_BYTES];
        int[] fromLength = {from.length};
        UnixSocketCalls.checked(UnixSocketCalls.libc().recvfrom(fd, data, data.length, MSG_PEEK, from, fromLength));
        return UnixSockaddr.received(from, fromLength[0]);
    }
}
