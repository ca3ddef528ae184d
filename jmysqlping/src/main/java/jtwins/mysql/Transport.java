package jtwins.mysql;

import java.io.IOException;
import java.nio.ByteBuffer;
import jtwins.common.tls.TlsRecords;

/** Bytes to and from the server: the socket itself, or TLS over it. */
interface Transport extends TlsRecords.Raw {
    /** Some bytes into dst; -1 at the end of the stream. */
    @Override
    int read(ByteBuffer dst) throws IOException;

    @Override
    void write(ByteBuffer src) throws IOException;
}
