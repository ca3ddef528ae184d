package jtwins.curl;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/** The connection under HTTP: plain TCP or TLS, read and written with every wait going through the pulse. */
interface Wire extends Closeable {
    /** Reads what is there, waiting for at least one byte; -1 at the peer's end of stream. */
    int read(ByteBuffer dst) throws IOException, TransferFailed;

    /** Waits until there is something to read or until the moment given (nanoTime); true if there is. */
    boolean awaitReadable(long until) throws IOException, TransferFailed;

    /** Writes all of src, waiting as the socket allows. */
    void write(ByteBuffer src) throws IOException, TransferFailed;
}
