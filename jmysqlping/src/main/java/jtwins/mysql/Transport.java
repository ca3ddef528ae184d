package jtwins.mysql;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Bytes to and from the server: the socket itself, or TLS over it. */
interface Transport {
    /** Some bytes into dst; -1 at the end of the stream. */
    int read(ByteBuffer dst) throws IOException;

    void write(ByteBuffer src) throws IOException;
}
