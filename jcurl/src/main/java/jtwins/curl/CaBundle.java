package jtwins.curl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The CA certificates curl trusts on Debian: the system bundle /etc/ssl/certs/ca-certificates.crt
 * (what Debian's curl is built with), or --cacert's PEM file, or every PEM file in --capath — not the
 * JDK's own cacerts, which may hold another set.
 */
final class CaBundle {
    static final String SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

    private CaBundle() {
    }

    static X509TrustManager trustManager(String caCert, String caPath) throws TransferFailed {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            int count = 0;
            if (caCert != null || caPath == null) {
                String file = caCert != null ? caCert : SYSTEM_BUNDLE;
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    for (Certificate c : factory.generateCertificates(in)) {
                        store.setCertificateEntry("ca" + count++, c);
                    }
                } catch (IOException e) {
                    throw new TransferFailed(CurlCode.SSL_CACERT_BADFILE,
                            "error setting certificate file: " + file);
                }
            }
            if (caPath != null) {
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of(caPath))) {
                    for (Path p : dir) {
                        try (InputStream in = Files.newInputStream(p)) {
                            for (Certificate c : factory.generateCertificates(in)) {
                                store.setCertificateEntry("ca" + count++, c);
                            }
                        } catch (IOException | GeneralSecurityException e) {
                            // a file that is not a certificate is skipped, as OpenSSL's hashed lookup never sees it
                        }
                    }
                } catch (IOException e) {
                    throw new TransferFailed(CurlCode.SSL_CACERT_BADFILE, "error setting certificate path: " + caPath);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw new TransferFailed(CurlCode.SSL_CACERT_BADFILE, CurlCode.SSL_CACERT_BADFILE.text());
        } catch (GeneralSecurityException | IOException e) {
            throw new TransferFailed(CurlCode.SSL_CACERT_BADFILE, CurlCode.SSL_CACERT_BADFILE.text());
        }
    }
}
