package jtwins.mysql;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jtwins.common.CaBundle;
import jtwins.common.HostnameMatch;

/**
 * The client's TLS (libmariadb/secure/openssl.c) over the wire, so the connect timeout still bounds
 * every read of the handshake. As the client: the chain is checked only when --ssl-ca or
 * --ssl-verify-server-cert is given (against --ssl-ca, else the system's CAs), the host name only
 * with --ssl-verify-server-cert, and failures are worded as OpenSSL words them.
 */
final class TlsTransport implements Transport {
    private final Wire wire;
    private final SSLEngine engine;
    private ByteBuffer netIn;
    private final ByteBuffer netOut;
    private ByteBuffer appIn;
    private boolean eof;

    private TlsTransport(Wire wire, SSLEngine engine) {
        this.wire = wire;
        this.engine = engine;
        SSLSession session = engine.getSession();
        netIn = ByteBuffer.allocate(session.getPacketBufferSize());
        netOut = ByteBuffer.allocate(session.getPacketBufferSize());
        appIn = ByteBuffer.allocate(session.getApplicationBufferSize());
        appIn.flip();
    }

    /** The CA file's certificates, read before the handshake as the client reads them into its context. */
    static List<byte[]> caEntries(String caFile) throws ClientError {
        if (caFile == null) {
            return null;
        }
        String text;
        try {
            text = Files.readString(Path.of(caFile), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw tlsError("No such file or directory (2)");
        } catch (IOException e) {
            throw tlsError("Permission denied (13)");
        }
        List<byte[]> entries = CaBundle.pemEntries(text);
        if (entries.isEmpty()) {
            throw tlsError("no certificate or crl found");
        }
        return entries;
    }

    static TlsTransport handshake(Wire wire, String host, List<byte[]> caEntries, boolean verifyServerCert)
            throws ClientError, IOException {
        SSLEngine engine;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AcceptDuringHandshake()}, null);
            engine = context.createSSLEngine();
        } catch (GeneralSecurityException e) {
            throw tlsError(e.getMessage());
        }
        engine.setUseClientMode(true);
        TlsTransport tls = new TlsTransport(wire, engine);
        X509Certificate[] chain;
        try {
            engine.beginHandshake();
            tls.driveHandshake();
            chain = (X509Certificate[]) engine.getSession().getPeerCertificates();
        } catch (SSLException e) {
            throw tlsError(e.getMessage());
        }
        if (caEntries != null || verifyServerCert) {
            verifyChain(chain, caEntries);
        }
        if (verifyServerCert && !HostnameMatch.matches(chain[0], host)) {
            throw tlsError("Validation of SSL server certificate failed");
        }
        return tls;
    }

    /** OpenSSL's verdict on the chain, in X509_verify_cert_error_string()'s words. */
    private static void verifyChain(X509Certificate[] chain, List<byte[]> caEntries) throws ClientError {
        List<byte[]> anchors = caEntries;
        if (anchors == null) {
            try {
                anchors = CaBundle.pemEntries(Files.readString(Path.of(CaBundle.SYSTEM_BUNDLE), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                anchors = List.of();
            }
        }
        X509TrustManager trust = CaBundle.trustManager(anchors);
        try {
            trust.checkServerTrusted(chain, "RSA");
        } catch (CertificateException e) {
            X509Certificate last = chain[chain.length - 1];
            boolean selfSigned = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
            if (selfSigned) {
                throw tlsError(chain.length == 1 ? "self-signed certificate" : "self-signed certificate in certificate chain");
            }
            throw tlsError("unable to get local issuer certificate");
        }
    }

    private static ClientError tlsError(String text) {
        return new ClientError(ClientError.CR_SSL_CONNECTION_ERROR, "TLS/SSL error: " + text);
    }

    private void driveHandshake() throws IOException {
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_WRAP -> wrap(ByteBuffer.allocate(0));
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    if (unwrapOnce() < 0) {
                        throw new SSLException("the server closed the connection during the TLS handshake");
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
        wire.write(netOut);
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
                    if (wire.read(netIn) < 0) {
                        return -1;
                    }
                }
            }
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        while (!appIn.hasRemaining()) {
            if (eof || unwrapOnce() < 0) {
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

    /** The chain is judged after the handshake, with OpenSSL's words, not by the engine. */
    private static final class AcceptDuringHandshake implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client side only");
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
