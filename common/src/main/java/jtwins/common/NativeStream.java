package jtwins.common;

/**
 * A socket the JDK cannot select on, held by its descriptor (a unix datagram socket, a unix stream
 * socket with an abstract name): what a twin's copy loop needs of it.
 */
public interface NativeStream extends AutoCloseable {
    /** poll(POLLIN) on this socket alone; true when a read would not block. */
    boolean awaitReadable(int timeoutMillis) throws NativeCallFailed;

    /** read(2) into the buffer's first length bytes: 0 at a stream's end. */
    int read(byte[] buffer, int length) throws NativeCallFailed;

    /** write(2) of the buffer's first length bytes (one datagram on a datagram socket). */
    int write(byte[] buffer, int length) throws NativeCallFailed;

    /** shutdown(2): SHUT_RD is 0, SHUT_WR 1. */
    void shutdown(int how);

    boolean isClosed();

    @Override
    void close();
}
