package jtwins.nc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectableChannel;

/**
 * The network side of readwrite(): what the readiness wait watches, and the reads, writes and
 * shutdowns nc makes on its socket. A JDK channel is its own end; a unix datagram socket, which the
 * JDK cannot select on, is bridged.
 */
interface NetEnd extends ByteChannel {
    /** Watched for reads, and for writes unless {@link #writableWithoutWait()}. */
    SelectableChannel selectable();

    /** True when a write never waits for readiness (a datagram write to a unix peer). */
    boolean writableWithoutWait();

    void shutdownInput();

    void shutdownOutput();

    /** Bytes already taken off the socket before readwrite() began (a UDP listener's peeked datagram). */
    default ByteBuffer pending() {
        return ByteBuffer.allocate(0);
    }

    @Override
    void close() throws IOException;
}
