package jtwins.wget;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import jtwins.common.resolver.NumericAddress;
import jtwins.common.tls.AcceptAnyChain;
import jtwins.common.tls.TlsRecords;
import jtwins.common.trace.Trace;

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
    private final TlsRecords records;

    private TlsWire(IdleWire raw, SSLEngine engine) {
        this.raw = raw;
        this.engine = engine;
        this.records = new TlsRecords(raw, engine);
    }

    static TlsWire handshake(IdleWire raw, String host, int port) throws IOException {
        SSLEngine engine;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AcceptAnyChain()}, null);
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
        Trace.listener().tlsStart();
        try {
            engine.beginHandshake();
            if (!wire.records.handshake()) {
                throw new HandshakeFailed("The TLS connection was non-properly terminated.");
            }
        } catch (IdleWire.IdleTimeout e) {
            Trace.listener().tlsEnd("timed out");
            throw new HandshakeFailed("timed out");
        } catch (HandshakeFailed e) {
            Trace.listener().tlsEnd(e.getMessage());
            throw e;
        } catch (SSLException e) {
            Trace.listener().tlsEnd(e.getMessage());
            throw new HandshakeFailed(e.getMessage());
        }
        Trace.listener().tlsEnd(engine.getSession().getProtocol() + " / " + engine.getSession().getCipherSuite());
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

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return records.read(dst);
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        records.write(src);
    }

    @Override
    public boolean stillOpen() throws IOException {
        return !records.ended() && !records.buffered() && raw.stillOpen();
    }

    @Override
    public int fd() {
        return raw.fd();
    }

    /** wgnutls_close(): the socket goes without a debug line. */
    @Override
    public void close() throws IOException {
        raw.closeQuietly();
    }
}
