package jtwins.common;

import java.nio.charset.Charset;

/**
 * A unix-domain datagram socket, which the JDK does not have (it has unix stream sockets only):
 * socket(AF_UNIX, SOCK_DGRAM), bind, connect, recvfrom(MSG_PEEK), read, write and poll, through jnr,
 * loaded only when a twin is asked for one (nc -U -u).
 */
public final class UnixDatagramSocket implements AutoCloseable {
    private static final int MSG_PEEK = 2;
    /** sizeof(struct sockaddr_un): a 2-byte family and 108 bytes of path. */
    private static final int SOCKADDR_UN_SIZE = 110;
    private static final int PATH_MAX_BYTES = SOCKADDR_UN_SIZE - 2;

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

    public void bind(String path) throws NativeCallFailed {
        check(UnixSocketCalls.libc().bind(fd, address(path), SOCKADDR_UN_SIZE));
    }

    public void connect(String path) throws NativeCallFailed {
        check(UnixSocketCalls.libc().connect(fd, address(path), SOCKADDR_UN_SIZE));
    }

    /** connect(fd, NULL, 0): how nc "disconnects" its listener after a peer; Linux refuses it (EINVAL). */
    public void disconnect() throws NativeCallFailed {
        check(UnixSocketCalls.libc().connect(fd, null, 0));
    }

    /** recvfrom(MSG_PEEK): who sent the first datagram waiting, leaving it queued. */
    public String peekSender() throws NativeCallFailed {
        byte[] data = new byte[2048];
        byte[] from = new byte[SOCKADDR_UN_SIZE + 18];
        int[] fromLength = {from.length};
        if (UnixSocketCalls.libc().recvfrom(fd, data, data.length, MSG_PEEK, from, fromLength) == -1) {
            throw lastError();
        }
        int end = 2;
        while (end < Math.min(fromLength[0], from.length) && from[end] != 0) {
            end++;
        }
        return new String(from, 2, end - 2, Charset.defaultCharset());
    }

    /** read(2): one datagram, at most buffer.length bytes of it. */
    public int read(byte[] buffer) throws NativeCallFailed {
        long n = UnixSocketCalls.libc().read(fd, buffer, buffer.length);
        if (n == -1) {
            throw lastError();
        }
        return (int) n;
    }

    /** write(2): the bytes as one datagram. */
    public int write(byte[] datagram) throws NativeCallFailed {
        long n = UnixSocketCalls.libc().write(fd, datagram, datagram.length);
        if (n == -1) {
            throw lastError();
        }
        return (int) n;
    }

    /** poll(POLLIN) on this socket alone; true when a read would not block. */
    public boolean awaitReadable(int timeoutMillis) throws NativeCallFailed {
        return UnixSocketCalls.poll(fd, UnixSocketCalls.POLLIN, timeoutMillis);
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

    private static byte[] address(String path) throws NativeCallFailed {
        byte[] bytes = path.getBytes(Charset.defaultCharset());
        if (bytes.length >= PATH_MAX_BYTES) {
            // nc's strlcpy() into sun_path reports a path that does not fit as ENAMETOOLONG
            throw new NativeCallFailed(Errno.ENAMETOOLONG.number());
        }
        byte[] address = new byte[SOCKADDR_UN_SIZE];
        address[0] = UnixSocketCalls.AF_UNIX;
        System.arraycopy(bytes, 0, address, 2, bytes.length);
        return address;
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
