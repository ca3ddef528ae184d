package jtwins.curl;

import java.security.cert.X509Certificate;
import jtwins.common.tls.HostnameMatch;

/**
 * openssl.c's servercert() after a handshake: the peer certificate's block for -v ("Server
 * certificate:" or "Proxy certificate:", subject, dates, the host name check, issuer, the verify
 * result) and the host name check itself, which fails with 60 after the handshake as OpenSSL's does.
 */
final class PeerCertificate {
    private PeerCertificate() {
    }

    /**
     * Shows the block and checks the name (unless the peer's verification is off); verifyResult is
     * what OpenSSL would have found without a CA store (-k), null when the chain was verified.
     */
    static void check(TlsPeer peer, X509Certificate leaf, String verifyResult, DebugTrace verbose)
            throws TransferFailed {
        // formatted only for -v: a name and a date cost a cold JVM their classes
        boolean shown = verbose.on();
        if (shown) {
            verbose.info(peer.role() + " certificate:");
            verbose.info(" subject: " + OpenSslText.name(leaf.getSubjectX500Principal()));
            verbose.info(" start date: " + OpenSslText.time(leaf.getNotBefore()));
            verbose.info(" expire date: " + OpenSslText.time(leaf.getNotAfter()));
        }
        if (!peer.insecure()) {
            verifyHost(peer, leaf, verbose);
        }
        if (shown) {
            verbose.info(" issuer: " + OpenSslText.name(leaf.getIssuerX500Principal()));
            verbose.info(verifyResult == null ? " SSL certificate verify ok."
                    : " SSL certificate verify result: " + verifyResult + ", continuing anyway.");
        }
    }

    /** ossl_verifyhost(): the subjectAltName entries, else the subject's common name. */
    private static void verifyHost(TlsPeer peer, X509Certificate leaf, DebugTrace verbose) throws TransferFailed {
        String host = peer.host();
        HostnameMatch.Verdict v = HostnameMatch.check(leaf, host, peer.ipv6Literal());
        if (v.matched() && v.altName() != null) {
            verbose.info(v.altName().equals("IP address")
                    ? " subjectAltName: host \"" + host + "\" matched cert's IP address!"
                    : " subjectAltName: host \"" + host + "\" matched cert's \"" + v.altName() + "\"");
        } else if (v.sawAltNames()) {
            verbose.info(" subjectAltName does not match " + host);
            throw new TransferFailed(CurlCode.PEER_FAILED_VERIFICATION,
                    "SSL: no alternative certificate subject name matches target host name '" + host + "'");
        } else if (v.commonName() == null) {
            throw new TransferFailed(CurlCode.PEER_FAILED_VERIFICATION,
                    "SSL: unable to obtain common name from peer certificate");
        } else if (!v.matched()) {
            throw new TransferFailed(CurlCode.PEER_FAILED_VERIFICATION, "SSL: certificate subject name '"
                    + v.commonName() + "' does not match target host name '" + host + "'");
        } else {
            verbose.info(" common name: " + v.commonName() + " (matched)");
        }
    }

    /**
     * X509_verify_cert() against an empty store, as OpenSSL runs it when verification is off: the
     * issuer is never found, and a self-signed certificate is named as one.
     */
    static String unverifiedResult(X509Certificate[] chain) {
        IssuerError e = IssuerError.of(chain);
        return e.text + " (" + e.code + ")";
    }

    /** OpenSSL's verify error, code and words, for a chain whose issuer the store does not hold. */
    enum IssuerError {
        SELF_SIGNED(18, "self-signed certificate"),
        SELF_SIGNED_IN_CHAIN(19, "self-signed certificate in certificate chain"),
        NO_LOCAL_ISSUER(20, "unable to get local issuer certificate");

        final int code;
        final String text;

        IssuerError(int code, String text) {
            this.code = code;
            this.text = text;
        }

        /** A lone self-signed certificate, a chain ending in one, else an issuer not found. */
        static IssuerError of(X509Certificate[] chain) {
            X509Certificate leaf = chain[0];
            if (chain.length == 1 && leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal())) {
                return SELF_SIGNED;
            }
            X509Certificate top = chain[chain.length - 1];
            if (chain.length > 1 && top.getSubjectX500Principal().equals(top.getIssuerX500Principal())) {
                return SELF_SIGNED_IN_CHAIN;
            }
            return NO_LOCAL_ISSUER;
        }
    }
}
