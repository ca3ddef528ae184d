package jtwins.nc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;
import jtwins.common.HelperThread;
import jtwins.common.nativecall.SocketShutdown;
import jtwins.common.nativecall.UnixSocket;

/**
 * A socket made through jnr (a unix datagram socket, a unix stream socket with an abstract or a
 * 107-byte name) as readwrite()'s network side. The JDK cannot select on it, so a thread copies what
 * it reads into a pipe the readiness wait watches; writes go straight to the socket, each buffer as
 * nc's write(2) sends it (one datagram on a datagram socket).
 */
final class NativeNetEnd implements NetEnd {
    private static final int POLL_SLICE_MILLIS = 50;

    private final UnixSocket socket;
    private final Pipe pipe;
    private final boolean stream;

    private NativeNetEnd(UnixSocket socket, Pipe pipe, boolean stream) {
        this.socket = socket;
        this.pipe = pipe;
        this.stream = stream;
    }

    /** stream: a byte stream whose end (a read of 0) ends net-in; a datagram of 0 bytes ends nothing. */
    static NativeNetEnd start(UnixSocket socket, boolean stream) throws IOException {
        Pipe pipe = Pipe.open();
        NativeNetEnd end = new NativeNetEnd(socket, pipe, stream);
        HelperThread.start("native-socket", end::copyIn);
        return end;
    }

    /** What the socket reads, into the pipe; its end or an error (the peer gone) closes the pipe, as POLLERR or EOF ends net-in. */
    private void copyIn() {
        byte[] buffer = new byte[16384];
        try (Pipe.SinkChannel sink = pipe.sink()) {
            while (!socket.isClosed()) {
                // a bounded poll, so that the thread sees the socket closed and never holds the JVM's exit
                if (!socket.await(false, POLL_SLICE_MILLIS)) {
                    continue;
                }
                int n = socket.read(buffer, buffer.length);
                if (n == 0 && stream) {
                    return;
                }
                ByteBuffer out = ByteBuffer.wrap(buffer, 0, n);
                while (out.hasRemaining()) {
                    sink.write(out);
                }
            }
        } catch (IOException e) {
            // the read side ends here; readwrite() sees end of input on the pipe
        }
    }

    @Override
    public SelectableChannel selectable() {
        return pipe.source();
    }

    @Override
    public boolean writableWithoutWait() {
        return true;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return pipe.source().read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        // a short write leaves the rest in src, for readwrite() to send next time, as nc's own buffer
        int start = src.position();
        byte[] bytes = new byte[src.remaining()];
        src.get(bytes);
        int n = socket.write(bytes, bytes.length);
        src.position(start + n);
        return n;
    }

    @Override
    public void shutdownInput() {
        socket.shutdown(SocketShutdown.SHUT_RD);
    }

    @Override
    public void shutdownOutput() {
        socket.shutdown(SocketShutdown.SHUT_WR);
    }

    @Override
    public boolean isOpen() {
        return !socket.isClosed();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        pipe.source().close();
    }
}
