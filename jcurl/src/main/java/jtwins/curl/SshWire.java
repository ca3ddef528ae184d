package jtwins.curl;

import com.jcraft.jsch.Proxy;
import com.jcraft.jsch.SocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;

/**
 * The connection curl made (ConnectionSetup: the connect, a proxy, --connect-timeout) handed to the
 * SSH library as its transport. Every read waits through the wire, so the transfer's clocks bound it:
 * while logging in, the connect timeout too (ssh_multi_statemach() runs in the PROTOCONNECT state,
 * whose timer is the connect one), with multi.c's "Operation timed out" words. The library reads on a
 * thread of its own once logged in, so the first failure is kept here for the transfer to report.
 */
final class SshWire implements Proxy {
    private final Wire wire;
    private final TransferPulse pulse;
    private volatile boolean loggingIn = true;
    private volatile TransferFailed failure;
    private final InputStream in = new InputStream() {
        private final ByteBuffer one = ByteBuffer.allocate(1);

        @Override
        public int read() throws IOException {
            one.clear();
            int n = read(one.array(), 0, 1);
            return n < 0 ? -1 : one.array()[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                long until = loggingIn ? pulse.clock().connectDeadline() : TransferClock.NEVER;
                if (!wire.awaitReadable(until)) {
                    throw TransferFailed.protocolConnectTimeout(pulse.clock(), System.nanoTime());
                }
                return wire.read(ByteBuffer.wrap(b, off, len));
            } catch (TransferFailed e) {
                throw kept(e);
            }
        }
    };
    private final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                wire.write(ByteBuffer.wrap(b, off, len));
            } catch (TransferFailed e) {
                throw kept(e);
            }
        }
    };

    SshWire(Wire wire, TransferPulse pulse) {
        this.wire = wire;
        this.pulse = pulse;
    }

    private IOException kept(TransferFailed e) {
        if (failure == null) {
            failure = e;
        }
        return new IOException(e.getMessage());
    }

    /** The session is up: from now on -m alone bounds a read. */
    void loggedIn() {
        loggingIn = false;
    }

    /** The first timer or speed check that ended a read or write, on whichever thread; null for none. */
    TransferFailed failure() {
        return failure;
    }

    @Override
    public void connect(SocketFactory factory, String host, int port, int timeout) {
        // the TCP connection is up already
    }

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    @Override
    public Socket getSocket() {
        return null;
    }

    @Override
    public void close() {
        try {
            wire.close();
        } catch (IOException ignored) {
            // the session is over either way
        }
    }
}
