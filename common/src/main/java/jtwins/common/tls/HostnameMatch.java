package jtwins.common.tls;

import java.net.InetAddress;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import jtwins.common.resolver.NumericAddress;

/**
 * curl's host name check (lib/vtls/openssl.c verifyhost()): an address against the certificate's IP
 * entries, a name against its DNS entries (one leading "*." label wildcard), the subject CN only when
 * there are no DNS entries at all.
 */
public final class HostnameMatch {
    private static final int DNS = 2;
    private static final int IP = 7;

    private HostnameMatch() {
    }

    public static boolean matches(X509Certificate cert, String host) {
        InetAddress literal = NumericAddress.parse(host);
        boolean sawDns = false;
        Collection<List<?>> names;
        try {
            names = cert.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (names != null) {
            for (List<?> entry : names) {
                int type = (Integer) entry.get(0);
                String value = String.valueOf(entry.get(1));
                if (type == DNS) {
                    sawDns = true;
                    if (literal == null && dnsMatches(value, host)) {
                        return true;
                    }
                } else if (type == IP && literal != null) {
                    InetAddress a = NumericAddress.parse(value);
                    if (literal.equals(a)) {
                        return true;
                    }
                }
            }
        }
        if (!sawDns && literal == null) {
            String dn = cert.getSubjectX500Principal().getName();
            for (String part : dn.split(",")) {
                if (part.startsWith("CN=") && dnsMatches(part.substring(3), host)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean dnsMatches(String pattern, String host) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        if (p.endsWith(".")) {
            p = p.substring(0, p.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (p.startsWith("*.")) {
            int dot = h.indexOf('.');
            return dot > 0 && h.substring(dot + 1).equals(p.substring(2)) && p.substring(2).indexOf('.') > 0;
        }
        return p.equals(h);
    }
}
