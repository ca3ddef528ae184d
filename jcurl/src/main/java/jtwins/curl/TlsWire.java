package jtwins.curl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jtwins.common.trace.Trace;

/**
 * TLS over a wire (what curl's OpenSSL filter does), to the server or to an https:// proxy, or to the
 * server inside the proxy's TLS: the handshake runs inside the connect clock, the chain is checked
 * against the CA bundle (or the peer's CA options) during it and the host name after it
 * (PeerCertificate), unless the peer's verification is off. Failures get curl's words: 60 for the
 * certificate, 35 for the rest.
 */
final class TlsWire implements Wire {
    private final SSLEngine engine;
    private final Wire raw;
    private final ByteBuffer netIn;
    private final ByteBuffer netOut;
    private final ByteBuffer appIn;
    private boolean peerClosed;

    private TlsWire(SSLEngine engine, Wire raw) {
        this.engine = engine;
        this.raw = raw;
        int packet = engine.getSession().getPacketBufferSize();
        this.netIn = ByteBuffer.allocate(packet);
        this.netOut = ByteBuffer.allocate(packet);
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
        appIn.flip();
    }

    static TlsWire handshake(Wire raw, TlsPeer peer, TransferPulse pulse, DebugTrace verbose)
            throws IOException, TransferFailed {
        String[] offers = peer.offers();
        if (offers.length > 0) {
            verbose.info("ALPN: offers " + String.join(",", offers));
        }
        CertificateCheck check = new CertificateCheck(peer);
        if (!peer.insecure()) {
            // populate_x509_store(): the places the CA certificates came from, once they loaded
            verbose.info(" CAfile: " + peer.caFileShown());
            verbose.info(" CApath: " + peer.caPathShown());
        }
        SSLEngine engine;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {check}, null);
            engine = context.createSSLEngine(peer.host(), peer.port());
        } catch (GeneralSecurityException e) {
            throw new TransferFailed(CurlCode.SSL_CONNECT_ERROR, "SSL: " + e.getMessage());
        }
        engine.setUseClientMode(true);
        SSLParameters parameters = engine.getSSLParameters();
        if (!peer.ipv6Literal() && jtwins.common.resolver.NumericAddress.parse(peer.host()) == null) {
            parameters.setServerNames(List.of(new SNIHostName(peer.host())));
        }
        parameters.setApplicationProtocols(offers);
        engine.setSSLParameters(parameters);
        TlsWire wire = new TlsWire(engine, raw);
        // vtls: the handshake runs on the connect clock and ends with "SSL connection timeout"
        Trace.listener().tlsStart();
        try (TransferPulse.ConnectStep step = pulse.connectStep(ms -> "SSL connection timeout")) {
            engine.beginHandshake();
            wire.runHandshake();
        } catch (SSLException e) {
            TransferFailed failed = check.failure(e, peer.host());
            if (raw instanceof TlsWire && failed.code() == CurlCode.PEER_FAILED_VERIFICATION) {
                // TLS inside an https:// proxy's TLS: sending the alert through the proxy's filter runs
                // ERR_clear_error(), so ossl_connect_step2() finds an empty queue and calls it a syscall error
                failed = new TransferFailed(CurlCode.SSL_CONNECT_ERROR, "OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to "
                        + peer.host() + ":" + peer.port() + " ");
            }
            Trace.listener().tlsEnd(failed.getMessage());
            throw failed;
        } catch (TransferFailed failed) {
            Trace.listener().tlsEnd(failed.getMessage());
            throw failed;
        }
        String suite = OpenSslText.suite(engine.getSession().getCipherSuite());
        Trace.listener().tlsEnd(engine.getSession().getProtocol() + " / " + suite);
        verbose.info("SSL connection using " + engine.getSession().getProtocol() + " / " + suite);
        if (offers.length > 0) {
            // Curl_alpn_set_negotiated()
            String chosen = engine.getApplicationProtocol();
            verbose.info(chosen == null || chosen.isEmpty() ? "ALPN: server did not agree on a protocol. Uses default."
                    : "ALPN: server accepted " + chosen);
        }
        // a new SSLContext each time: no session is resumed, so the trust manager has always seen the chain
        X509Certificate[] chain = check.chain;
        try {
            PeerCertificate.check(peer, chain[0], peer.insecure() ? PeerCertificate.unverifiedResult(chain) : null,
                    verbose);
        } catch (TransferFailed failed) {
            wire.close();
            throw failed;
        }
        return wire;
    }

    /** The protocol ALPN settled on: "h2", "http/1.1", "http/1.0", or "" for none. */
    String alpn() {
        String chosen = engine.getApplicationProtocol();
        return chosen == null ? "" : chosen;
    }

    private void runHandshake() throws IOException, TransferFailed {
        ByteBuffer empty = ByteBuffer.allocate(0);
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_WRAP -> {
                    netOut.clear();
                    engine.wrap(empty, netOut);
                    netOut.flip();
                    raw.write(netOut);
                }
                case NEED_UNWRAP -> {
                    ByteBuffer sink = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
                    SSLEngineResult r = unwrapInto(sink);
                    if (r == null) {
                        throw new SSLHandshakeException("Remote host terminated the handshake");
                    }
                }
                case NEED_TASK -> {
                    Runnable task;
                    while ((task = engine.getDelegatedTask()) != null) {
                        task.run();
                    }
                }
                default -> {
                    return;
                }
            }
        }
    }

    /** Unwraps one record into dst, reading more from the wire as needed; null at the peer's end of stream. */
    private SSLEngineResult unwrapInto(ByteBuffer dst) throws IOException, TransferFailed {
        while (true) {
            netIn.flip();
            SSLEngineResult r = engine.unwrap(netIn, dst);
            netIn.compact();
            switch (r.getStatus()) {
                case OK, CLOSED -> {
                    return r;
                }
                case BUFFER_UNDERFLOW -> {
                    if (raw.read(netIn) < 0) {
                        return null;
                    }
                }
                case BUFFER_OVERFLOW -> throw new SSLException("TLS record larger than the buffer");
            }
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException, TransferFailed {
        while (!appIn.hasRemaining()) {
            if (peerClosed) {
                return -1;
            }
            appIn.clear();
            SSLEngineResult r = unwrapInto(appIn);
            appIn.flip();
            if (r == null || r.getStatus() == SSLEngineResult.Status.CLOSED) {
                peerClosed = true;
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
    public boolean awaitReadable(long until) throws IOException, TransferFailed {
        return appIn.hasRemaining() || netIn.position() > 0 || raw.awaitReadable(until);
    }

    @Override
    public void write(ByteBuffer src) throws IOException, TransferFailed {
        while (src.hasRemaining()) {
            netOut.clear();
            engine.wrap(src, netOut);
            netOut.flip();
            raw.write(netOut);
        }
    }

    @Override
    public void rebind(TransferPulse pulse) {
        raw.rebind(pulse);
    }

    @Override
    public boolean seemsDead() throws IOException {
        return appIn.hasRemaining() || raw.seemsDead();
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

    /** The certificate check inside the handshake, remembering the chain and why it failed for curl's message. */
    private static final class CertificateCheck implements X509TrustManager {
        private final boolean insecure;
        private final X509TrustManager trusted;
        private String problem;
        private X509Certificate[] chain;

        CertificateCheck(TlsPeer peer) throws TransferFailed {
            this.insecure = peer.insecure();
            this.trusted = insecure ? null : CurlCaFiles.trustManager(peer.caCert(), peer.caPath());
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            this.chain = chain;
            if (insecure) {
                return;
            }
            try {
                trusted.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                problem = "SSL certificate problem: " + reason(chain, e);
                throw e;
            }
        }

        private static String reason(X509Certificate[] chain, CertificateException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CertificateExpiredException) {
                    return "certificate has expired";
                }
            }
            return PeerCertificate.IssuerError.of(chain).text;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }

        TransferFailed failure(SSLException e, String hostName) {
            if (problem != null) {
                return new TransferFailed(CurlCode.PEER_FAILED_VERIFICATION, problem);
            }
            String message = e.getMessage() == null ? "handshake failed" : e.getMessage();
            return new TransferFailed(CurlCode.SSL_CONNECT_ERROR,
                    "OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to " + hostName + ":" + message);
        }
    }
}
