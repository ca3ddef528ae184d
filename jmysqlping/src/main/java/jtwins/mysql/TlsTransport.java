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
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jtwins.common.tls.AcceptAnyChain;
import jtwins.common.tls.CaBundle;
import jtwins.common.tls.HostnameMatch;
import jtwins.common.tls.TlsRecords;

/**
 * The client's TLS (libmariadb/secure/openssl.c) over the wire, so the connect timeout still bounds
 * every read of the handshake. As the client: the chain is checked only when --ssl-ca or
 * --ssl-verify-server-cert is given (against --ssl-ca, else the system's CAs), the host name only
 * with --ssl-verify-server-cert, and failures are worded as OpenSSL words them.
 */
final class TlsTransport implements Transport {
    private final TlsRecords records;

    private TlsTransport(TlsRecords records) {
        this.records = records;
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
            context.init(null, new TrustManager[] {new AcceptAnyChain()}, null);
            engine = context.createSSLEngine();
        } catch (GeneralSecurityException e) {
            throw tlsError(e.getMessage());
        }
        engine.setUseClientMode(true);
        TlsRecords records = new TlsRecords(wire, engine);
        X509Certificate[] chain;
        try {
            engine.beginHandshake();
            if (!records.handshake()) {
                throw new SSLException("the server closed the connection during the TLS handshake");
            }
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
        return new TlsTransport(records);
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

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return records.read(dst);
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        records.write(src);
    }
}
