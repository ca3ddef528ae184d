package jtwins.wget;

import java.io.IOException;
import java.nio.ByteBuffer;
import jtwins.common.tls.TlsRecords;

/** A connection's bytes, plain or through TLS; every wait on it is bounded by --read-timeout. */
interface Wire extends TlsRecords.Raw, AutoCloseable {
    /** One read: at most dst's room, -1 at end of stream. */
    @Override
    int read(ByteBuffer dst) throws IOException;

    @Override
    void write(ByteBuffer src) throws IOException;

    /** test_socket_open(): false when a kept-alive connection has been closed by the server. */
    boolean stillOpen() throws IOException;

    /** With the bar on a terminal: redraw it after each 0.95 s of silence in a read (null: stop). */
    void tickEvery95Centiseconds(Runnable tick);

    /** The socket's descriptor number, as --debug names it. */
    int fd();

    @Override
    void close() throws IOException;
}
