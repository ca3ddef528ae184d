package jtwins.common.tls;

import java.io.IOException;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLSession;

/**
 * TLS records through the JDK's SSLEngine over a twin's own socket code, so the waits and timers the
 * original arms on its socket (wget's read timeout, the MariaDB client's connect timeout) bound every
 * read of the handshake and of the data as they bound the plain reads.
 */
public final class TlsRecords {
    /** The socket underneath: its reads end with -1 at the end of the stream and enforce its own timers. */
    public interface Raw {
        int read(ByteBuffer dst) throws IOException;

        void write(ByteBuffer src) throws IOException;
    }

    private final Raw raw;
    private final SSLEngine engine;
    private ByteBuffer netIn;
    private final ByteBuffer netOut;
    private ByteBuffer appIn;
    private boolean eof;

    public TlsRecords(Raw raw, SSLEngine engine) {
        this.raw = raw;
        this.engine = engine;
        SSLSession session = engine.getSession();
        this.netIn = ByteBuffer.allocate(session.getPacketBufferSize());
        this.netOut = ByteBuffer.allocate(session.getPacketBufferSize());
        this.appIn = ByteBuffer.allocate(session.getApplicationBufferSize());
        this.appIn.flip();
    }

    /** Drives the handshake to its end; false when the peer closed the connection before it. */
    public boolean handshake() throws IOException {
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_WRAP -> wrap(ByteBuffer.allocate(0));
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    if (unwrapOnce() < 0) {
                        return false;
                    }
                }
                case NEED_TASK -> {
                    for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) {
                        task.run();
                    }
                }
                default -> {
                    return true;
                }
            }
        }
    }

    /** Some application bytes into dst; -1 at the end of the stream or of the TLS session. */
    public int read(ByteBuffer dst) throws IOException {
        while (!appIn.hasRemaining()) {
            if (eof || unwrapOnce() < 0) {
                return -1;
            }
            if (engine.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING
                    && engine.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.FINISHED && !handshake()) {
                return -1;
            }
        }
        int n = Math.min(dst.remaining(), appIn.remaining());
        ByteBuffer slice = appIn.slice();
        slice.limit(n);
        dst.put(slice);
        appIn.position(appIn.position() + n);
        return n;
    }

    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            wrap(src);
        }
    }

    /** Application bytes already decrypted and not yet read. */
    public boolean buffered() {
        return appIn.hasRemaining();
    }

    /** The peer ended the TLS session (close_notify). */
    public boolean ended() {
        return eof;
    }

    private void wrap(ByteBuffer src) throws IOException {
        netOut.clear();
        SSLEngineResult r = engine.wrap(src, netOut);
        netOut.flip();
        raw.write(netOut);
        if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
            eof = true;
        }
    }

    /** Feeds what the socket has to the engine once; -1 when the socket ended first. */
    private int unwrapOnce() throws IOException {
        while (true) {
            netIn.flip();
            ByteBuffer room = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
            SSLEngineResult r = engine.unwrap(netIn, room);
            netIn.compact();
            room.flip();
            if (room.hasRemaining()) {
                ByteBuffer merged = ByteBuffer.allocate(appIn.remaining() + room.remaining());
                merged.put(appIn).put(room).flip();
                appIn = merged;
            }
            switch (r.getStatus()) {
                case OK -> {
                    return 1;
                }
                case CLOSED -> {
                    eof = true;
                    return 1;
                }
                case BUFFER_OVERFLOW -> {
                }
                case BUFFER_UNDERFLOW -> {
                    if (!netIn.hasRemaining()) {
                        ByteBuffer bigger = ByteBuffer.allocate(netIn.capacity() * 2);
                        netIn.flip();
                        bigger.put(netIn);
                        netIn = bigger;
                    }
                    if (raw.read(netIn) < 0) {
                        return -1;
                    }
                }
            }
        }
    }
}
