package jtwins.curl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import jtwins.common.trace.IdleGap;

/** Plain TCP on a non-blocking channel: recv()/send() and a readiness wait, as curl does on its socket. */
final class PlainWire implements Wire {
    private final SocketChannel channel;
    private TransferPulse pulse;
    private final Selector selector;
    private final SelectionKey key;

    PlainWire(SocketChannel channel, TransferPulse pulse) throws IOException {
        this.channel = channel;
        this.pulse = pulse;
        this.selector = Selector.open();
        this.key = channel.register(selector, 0);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException, TransferFailed {
        while (true) {
            int n = channel.read(dst);
            if (n != 0) {
                return n;
            }
            key.interestOps(SelectionKey.OP_READ);
            pulse.await(selector, TransferClock.NEVER);
        }
    }

    @Override
    public boolean awaitReadable(long until) throws IOException, TransferFailed {
        key.interestOps(SelectionKey.OP_READ);
        long began = System.nanoTime();
        pulse.await(selector, until);
        boolean ready = !selector.selectedKeys().isEmpty();
        if (ready) {
            IdleGap.report(began);
        }
        return ready;
    }

    @Override
    public void write(ByteBuffer src) throws IOException, TransferFailed {
        while (src.hasRemaining()) {
            if (channel.write(src) == 0) {
                key.interestOps(SelectionKey.OP_WRITE);
                pulse.await(selector, TransferClock.NEVER);
            }
        }
    }

    @Override
    public void rebind(TransferPulse pulse) {
        this.pulse = pulse;
    }

    @Override
    public boolean seemsDead() throws IOException {
        key.interestOps(SelectionKey.OP_READ);
        selector.selectedKeys().clear();
        return selector.selectNow() > 0;
    }

    @Override
    public SelectableChannel selectable() {
        return channel;
    }

    @Override
    public void close() throws IOException {
        selector.close();
        channel.close();
    }
}
