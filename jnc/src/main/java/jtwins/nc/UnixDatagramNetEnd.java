package jtwins.nc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;
import jtwins.common.UnixDatagramSocket;

/**
 * A connected unix datagram socket as readwrite()'s network side. The JDK cannot select on it, so a
 * thread copies each datagram into a pipe the readiness wait watches; writes go straight to the
 * socket, one datagram per write, as nc's write(2) sends them.
 */
final class UnixDatagramNetEnd implements NetEnd {
    private static final int POLL_SLICE_MILLIS = 50;

    private final UnixDatagramSocket socket;
    private final Pipe pipe;

    private UnixDatagramNetEnd(UnixDatagramSocket socket, Pipe pipe) {
        this.socket = socket;
        this.pipe = pipe;
    }

    static UnixDatagramNetEnd start(UnixDatagramSocket socket) throws IOException {
        Pipe pipe = Pipe.open();
        UnixDatagramNetEnd end = new UnixDatagramNetEnd(socket, pipe);
        Thread reader = new Thread(end::copyDatagrams, "unix-datagram");
        reader.setDaemon(true);
        reader.start();
        return end;
    }

    /** Datagrams into the pipe; an error on the socket (the peer gone) closes the pipe, as POLLERR ends net-in. */
    private void copyDatagrams() {
        byte[] datagram = new byte[16384];
        try (Pipe.SinkChannel sink = pipe.sink()) {
            while (!socket.isClosed()) {
                // a bounded poll, so that the thread sees the socket closed and never holds the JVM's exit
                if (!socket.awaitReadable(POLL_SLICE_MILLIS)) {
                    continue;
                }
                int n = socket.read(datagram);
                ByteBuffer out = ByteBuffer.wrap(datagram, 0, n);
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
        byte[] datagram = new byte[src.remaining()];
        src.get(datagram);
        return socket.write(datagram);
    }

    @Override
    public void shutdownInput() {
        // nc's shutdown(SHUT_RD) on a datagram socket changes nothing it can observe
    }

    @Override
    public void shutdownOutput() {
        // likewise SHUT_WR: a datagram peer sees no end of stream
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
