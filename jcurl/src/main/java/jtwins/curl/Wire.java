package jtwins.curl;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;

/** The connection under HTTP: plain TCP or TLS, read and written with every wait going through the pulse. */
interface Wire extends Closeable {
    /** Reads what is there, waiting for at least one byte; -1 at the peer's end of stream. */
    int read(ByteBuffer dst) throws IOException, TransferFailed;

    /** Waits until there is something to read or until the moment given (nanoTime); true if there is. */
    boolean awaitReadable(long until) throws IOException, TransferFailed;

    /** Writes all of src, waiting as the socket allows. */
    void write(ByteBuffer src) throws IOException, TransferFailed;

    /** A kept connection taken up by another transfer: its waits go through that transfer's clocks. */
    void rebind(TransferPulse pulse);

    /**
     * Curl_conn_is_alive()'s view of an idle connection: anything to read (data or the peer's end)
     * means it is dead for HTTP/1.
     */
    boolean seemsDead() throws IOException;

    /**
     * The socket whose readiness is this wire's, for a wait that watches it beside another (active
     * FTP's listener); null where bytes may be buffered above the socket (TLS), whose callers look instead.
     */
    default SelectableChannel selectable() {
        return null;
    }
}
