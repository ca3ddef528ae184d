package jtwins.common.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The CA certificates curl and wget trust on Debian: the system bundle /etc/ssl/certs/ca-certificates.crt
 * (what Debian builds them with), or the PEM files the user names — not the JDK's own cacerts, which
 * may hold another set.
 *
 * Parsing all 140-odd certificates of the bundle costs a JVM half a second; OpenSSL, too, only
 * looks up the issuer it needs. So the bundle is read as bytes, each entry's subject is found by a
 * short DER walk, and only the entries whose subject is an issuer in the server's chain are parsed
 * and handed to the JDK's PKIX check as anchors.
 */
public final class CaBundle {
    public static final String SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";
    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";

    private CaBundle() {
    }

    /** A trust manager whose anchors are these PEM certificates (pemEntries of the CA files read). */
    public static X509TrustManager trustManager(List<byte[]> entries) {
        return new Lookup(entries);
    }

    /** Anchors found by subject when a chain arrives, then the JDK's PKIX check against them alone. */
    private static final class Lookup implements X509TrustManager {
        private final List<byte[]> entries;

        Lookup(List<byte[]> entries) {
            this.entries = entries;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
                anchors.load(null, null);
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                int count = 0;
                for (byte[] der : entries) {
                    byte[] subject = subjectOf(der);
                    for (X509Certificate c : chain) {
                        if (subject != null && Arrays.equals(subject, c.getIssuerX500Principal().getEncoded())) {
                            anchors.setCertificateEntry("ca" + count++,
                                    factory.generateCertificate(new ByteArrayInputStream(der)));
                            break;
                        }
                    }
                }
                if (count == 0) {
                    throw new CertificateException("no trust anchor issued this chain");
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(anchors);
                for (TrustManager tm : tmf.getTrustManagers()) {
                    if (tm instanceof X509TrustManager x) {
                        x.checkServerTrusted(chain, authType);
                        return;
                    }
                }
                throw new CertificateException("no X.509 trust manager");
            } catch (GeneralSecurityException | IOException e) {
                if (e instanceof CertificateException c) {
                    throw c;
                }
                throw new CertificateException(e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** The DER of each "BEGIN CERTIFICATE" block. */
    public static List<byte[]> pemEntries(String text) {
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int begin = text.indexOf(BEGIN, from);
            if (begin < 0) {
                return out;
            }
            int end = text.indexOf(END, begin);
            if (end < 0) {
                return out;
            }
            try {
                out.add(Base64.getMimeDecoder().decode(text.substring(begin + BEGIN.length(), end)));
            } catch (IllegalArgumentException e) {
                // not base64: OpenSSL skips such a block too
            }
            from = end + END.length();
        }
    }

    /**
     * The subject Name's DER inside a certificate: Certificate ::= SEQUENCE { tbsCertificate SEQUENCE {
     * [0] version OPTIONAL, serialNumber, signature, issuer, validity, subject, ... } ... }.
     */
    static byte[] subjectOf(byte[] der) {
        try {
            int[] cert = header(der, 0);
            int[] tbs = header(der, cert[1]);
            int at = tbs[1];
            if ((der[at] & 0xff) == 0xa0) {
                at = skip(der, at);
            }
            for (int i = 0; i < 4; i++) {
                at = skip(der, at);
            }
            int[] subject = header(der, at);
            return Arrays.copyOfRange(der, at, subject[1] + subject[2]);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {tag offset, content offset, content length} of the element at offset. */
    private static int[] header(byte[] der, int offset) {
        int first = der[offset + 1] & 0xff;
        if (first < 0x80) {
            return new int[] {offset, offset + 2, first};
        }
        int n = first & 0x7f;
        int length = 0;
        for (int i = 0; i < n; i++) {
            length = (length << 8) | (der[offset + 2 + i] & 0xff);
        }
        return new int[] {offset, offset + 2 + n, length};
    }

    private static int skip(byte[] der, int offset) {
        int[] h = header(der, offset);
        return h[1] + h[2];
    }
}
