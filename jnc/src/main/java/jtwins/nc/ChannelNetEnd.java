package jtwins.nc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import jtwins.common.Errno;
import jtwins.common.nativecall.SocketShutdown;

/** A TCP, UDP or unix stream socket held by a JDK channel: the readiness wait selects on it directly. */
final class ChannelNetEnd implements NetEnd {
    private final ByteChannel channel;
    private final ByteBuffer pending;

    private <C extends ByteChannel & NetworkChannel> ChannelNetEnd(C channel, ByteBuffer pending) {
        this.channel = channel;
        this.pending = pending;
    }

    static <C extends ByteChannel & NetworkChannel> ChannelNetEnd of(C channel) {
        return new ChannelNetEnd(channel, ByteBuffer.allocate(0));
    }

    /** A UDP listener's socket, with the datagram it peeked at still to be written out. */
    static ChannelNetEnd withPending(DatagramChannel channel, ByteBuffer pending) {
        return new ChannelNetEnd(channel, pending);
    }

    @Override
    public SelectableChannel selectable() {
        return (SelectableChannel) channel;
    }

    @Override
    public boolean writableWithoutWait() {
        return false;
    }

    @Override
    public ByteBuffer pending() {
        return pending;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        // nc -u -k reads its unconnected socket with read(2), which takes a datagram from anyone
        if (channel instanceof DatagramChannel d && !d.isConnected()) {
            int before = dst.position();
            return d.receive(dst) == null ? 0 : dst.position() - before;
        }
        return channel.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (channel instanceof DatagramChannel d && !d.isConnected()) {
            // write(2) on an unconnected UDP socket: nc -u -k cannot answer anyone
            throw new IOException(Errno.EDESTADDRREQ.text());
        }
        return channel.write(src);
    }

    @Override
    public void shutdownInput() {
        shutdown(SocketShutdown.SHUT_RD);
    }

    @Override
    public void shutdownOutput() {
        shutdown(SocketShutdown.SHUT_WR);
    }

    /** nc's shutdown(), on a UDP socket too; its result ignored (ENOTCONN after the peer's close). */
    private void shutdown(int how) {
        try {
            if (channel instanceof SocketChannel s) {
                if (how == SocketShutdown.SHUT_RD) {
                    s.shutdownInput();
                } else {
                    s.shutdownOutput();
                }
            } else if (channel instanceof DatagramChannel d) {
                SocketShutdown.datagram(d, how);
            }
        } catch (IOException e) {
            // nc ignores shutdown()'s result
        }
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
