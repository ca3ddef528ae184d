package jtwins.wget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.X509TrustManager;
import jtwins.common.tls.CaBundle;
import jtwins.common.tls.HostnameMatch;

/**
 * gnutls.c's ssl_init and ssl_check_certificate as Debian's wget has them: the system trust store
 * plus --ca-certificate's file, loaded once; each problem with the peer's certificate on a line of
 * its own, "ERROR:" when checking is on (the connection is then refused, exit 5), "WARNING:" with
 * --no-check-certificate (and the transfer goes on).
 */
final class TlsVerification {
    private final WgetLog log;
    private final boolean check;
    private final String caCertificate;
    private X509TrustManager trust;

    TlsVerification(WgetLog log, boolean check, String caCertificate) {
        this.log = log;
        this.check = check;
        this.caCertificate = caCertificate;
    }

    /** ssl_init(): at the first HTTPS connection of the run. */
    void init() {
        if (trust != null) {
            return;
        }
        List<byte[]> entries = new ArrayList<>();
        try {
            entries.addAll(CaBundle.pemEntries(Files.readString(Path.of(CaBundle.SYSTEM_BUNDLE), StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            // no system store: only the user's file, if any, is trusted
        }
        if (caCertificate != null) {
            try {
                entries.addAll(CaBundle.pemEntries(Files.readString(Path.of(caCertificate), StandardCharsets.ISO_8859_1)));
                log.verbose("Loaded CA certificate '" + caCertificate + "'\n");
            } catch (IOException e) {
                // GNUTLS_E_FILE_ERROR
                log.notQuiet("ERROR: Failed to open cert " + caCertificate + ": (-64).\n");
            }
        }
        // the system trust's certificates and the --ca-certificate file's, as GnuTLS counts them
        log.debug("Certificates loaded: " + entries.size() + "\n");
        trust = CaBundle.trustManager(entries);
    }

    /** True when the connection may be used. */
    boolean accept(X509Certificate[] chain, String host) {
        String severity = check ? "ERROR" : "WARNING";
        boolean success = true;
        try {
            trust.checkServerTrusted(chain, "UNKNOWN");
        } catch (CertificateException e) {
            success = false;
            log.notQuiet(severity + ": The certificate of " + Quote.of(host) + " is not trusted.\n");
            if (expired(e)) {
                log.notQuiet(severity + ": The certificate of " + Quote.of(host) + " has expired.\n");
            } else if (notYetValid(e)) {
                log.notQuiet(severity + ": The certificate of " + Quote.of(host) + " is not yet activated.\n");
            } else {
                log.notQuiet(severity + ": The certificate of " + Quote.of(host) + " doesn't have a known issuer.\n");
            }
        }
        if (!HostnameMatch.matches(chain[0], host)) {
            success = false;
            log.notQuiet("The certificate's owner does not match hostname " + Quote.of(host) + "\n");
        }
        return success || !check;
    }

    private static boolean expired(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static boolean notYetValid(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateNotYetValidException) {
                return true;
            }
        }
        return false;
    }
}
