package jtwins.nc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;

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
        return channel.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return channel.write(src);
    }

    @Override
    public void shutdownInput() {
        try {
            if (channel instanceof SocketChannel s) {
                s.shutdownInput();
            }
        } catch (IOException e) {
            // ENOTCONN after the peer's close, as nc's own shutdown() may fail
        }
    }

    @Override
    public void shutdownOutput() {
        try {
            if (channel instanceof SocketChannel s) {
                s.shutdownOutput();
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
