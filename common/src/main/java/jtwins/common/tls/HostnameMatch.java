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

    /**
     * How openssl.c's verifyhost() decided, for the lines curl's -v prints: the subjectAltName
     * entry that matched (or "IP address" for an address), else none of them (when there are any:
     * no look at the subject), else the subject's last common name, matched or not (null: it has none).
     */
    public record Verdict(boolean matched, String altName, boolean sawAltNames, String commonName) {
    }

    /** verifyhost(): an address (IPv4, or IPv6 when given in brackets) against the IP entries, a name against the DNS ones. */
    public static Verdict check(X509Certificate cert, String host, boolean ipv6Literal) {
        InetAddress literal = NumericAddress.parse(host);
        if (literal instanceof java.net.Inet6Address && !ipv6Literal) {
            literal = null;
        }
        boolean sawAltNames = false;
        Collection<List<?>> names;
        try {
            names = cert.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            names = null;
        }
        if (names != null) {
            for (List<?> entry : names) {
                int type = (Integer) entry.get(0);
                String value = String.valueOf(entry.get(1));
                if (type == DNS || type == IP) {
                    sawAltNames = true;
                }
                if (type == DNS && literal == null && dnsMatches(value, host)) {
                    return new Verdict(true, value, true, null);
                }
                if (type == IP && literal != null && literal.equals(NumericAddress.parse(value))) {
                    return new Verdict(true, "IP address", true, null);
                }
            }
        }
        if (sawAltNames) {
            return new Verdict(false, null, true, null);
        }
        String cn = lastCommonName(cert);
        return new Verdict(cn != null && dnsMatches(cn, host), null, false, cn);
    }

    /** The certificate's last CN in DER order: RFC 2253 lists the parts the other way round, so its first. */
    private static String lastCommonName(X509Certificate cert) {
        for (String part : cert.getSubjectX500Principal().getName().split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return null;
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
