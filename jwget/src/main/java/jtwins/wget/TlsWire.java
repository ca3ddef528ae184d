package jtwins.wget;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jtwins.common.NumericAddress;

/**
 * gnutls.c's connection: the handshake and every record through the idle wire, so --read-timeout
 * bounds the handshake as it bounds GnuTLS's reads in wget. The peer's chain is accepted during the
 * handshake and judged afterwards, as ssl_check_certificate() does, by TlsVerification.
 */
final class TlsWire implements Wire {
    /** The handshake did not complete: "Unable to establish SSL connection." */
    static final class HandshakeFailed extends IOException {
        private static final long serialVersionUID = 1L;

        HandshakeFailed(String message) {
            super(message);
        }
    }

    private final IdleWire raw;
    private final SSLEngine engine;
    private ByteBuffer netIn;
    private final ByteBuffer netOut;
    private ByteBuffer appIn;
    private boolean eof;

    private TlsWire(IdleWire raw, SSLEngine engine) {
        this.raw = raw;
        this.engine = engine;
        SSLSession session = engine.getSession();
        this.netIn = ByteBuffer.allocate(session.getPacketBufferSize());
        this.netOut = ByteBuffer.allocate(session.getPacketBufferSize());
        this.appIn = ByteBuffer.allocate(session.getApplicationBufferSize());
        this.appIn.flip();
    }

    static TlsWire handshake(IdleWire raw, String host, int port) throws IOException {
        SSLEngine engine;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AcceptAll()}, null);
            engine = context.createSSLEngine(host, port);
        } catch (GeneralSecurityException e) {
            throw new HandshakeFailed(e.getMessage());
        }
        engine.setUseClientMode(true);
        if (NumericAddress.parse(host) == null) {
            SSLParameters params = engine.getSSLParameters();
            params.setServerNames(List.of(new SNIHostName(host)));
            engine.setSSLParameters(params);
        }
        TlsWire wire = new TlsWire(raw, engine);
        try {
            engine.beginHandshake();
            wire.driveHandshake();
        } catch (IdleWire.IdleTimeout e) {
            throw new HandshakeFailed("timed out");
        } catch (SSLException e) {
            throw new HandshakeFailed(e.getMessage());
        }
        return wire;
    }

    @Override
    public void tickEvery95Centiseconds(Runnable tick) {
        raw.tickEvery95Centiseconds(tick);
    }

    X509Certificate[] peerChain() throws IOException {
        try {
            return (X509Certificate[]) engine.getSession().getPeerCertificates();
        } catch (SSLException e) {
            throw new HandshakeFailed(e.getMessage());
        }
    }

    private void driveHandshake() throws IOException {
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_WRAP -> wrap(ByteBuffer.allocate(0));
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    if (unwrapOnce() < 0) {
                        throw new HandshakeFailed("The TLS connection was non-properly terminated.");
                    }
                }
                case NEED_TASK -> {
                    for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) {
                        task.run();
                    }
                }
                default -> {
                    return;
                }
            }
        }
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
                    continue;
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

    @Override
    public int read(ByteBuffer dst) throws IOException {
        while (!appIn.hasRemaining()) {
            if (eof) {
                return -1;
            }
            if (unwrapOnce() < 0) {
                return -1;
            }
            if (engine.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING
                    && engine.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.FINISHED) {
                driveHandshake();
            }
        }
        int n = Math.min(dst.remaining(), appIn.remaining());
        ByteBuffer slice = appIn.slice();
        slice.limit(n);
        dst.put(slice);
        appIn.position(appIn.position() + n);
        return n;
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            wrap(src);
        }
    }

    @Override
    public boolean stillOpen() throws IOException {
        return !eof && !appIn.hasRemaining() && raw.stillOpen();
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

    /** The chain is judged after the handshake, with wget's messages, not by the engine. */
    private static final class AcceptAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("client side only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
