package jtwins.curl;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * What a SOCKS handshake finds when the connection under it is TFTP's UDP socket, which is never
 * connected: send() has no destination (EDESTADDRREQ), so the first request fails as curl's does.
 */
final class UnconnectedUdpWire implements Wire {
    @Override
    public int read(ByteBuffer dst) throws IOException {
        throw new IOException(jtwins.common.Errno.ENOTCONN.text());
    }

    @Override
    public boolean awaitReadable(long until) {
        return false;
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        throw new IOException(jtwins.common.Errno.EDESTADDRREQ.text());
    }

    @Override
    public void rebind(TransferPulse pulse) {
    }

    @Override
    public boolean seemsDead() {
        return true;
    }

    @Override
    public void close() {
    }
}
