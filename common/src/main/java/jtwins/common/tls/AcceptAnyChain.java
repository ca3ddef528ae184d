package jtwins.common.tls;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Lets every server chain through the handshake, for twins whose originals judge the chain after it
 * with their own words (wget's GnuTLS checks, the MariaDB client's OpenSSL ones), not the engine's.
 */
public final class AcceptAnyChain implements X509TrustManager {
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
