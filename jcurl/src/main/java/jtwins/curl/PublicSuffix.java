package jtwins.curl;

import java.util.Locale;

/**
 * libpsl's psl_is_cookie_domain_acceptable(), which Debian's curl asks before it keeps a cookie
 * (Curl_cookie_add()), over the public suffix list the JDK carries for its own certificate checks
 * ({@link JdkSuffixRules}). libpsl's star rule holds:
 * a name of one label is a public suffix, known or not.
 */
final class PublicSuffix {
    private PublicSuffix() {
    }

    /** Whether a response from {@code host} may set a cookie for {@code cookieDomain}. */
    static boolean acceptable(String hostGiven, String cookieDomain) {
        // libpsl lower-cases both names before it compares them (curl keeps the cookie's own case)
        String host = hostGiven.toLowerCase(Locale.ROOT);
        String domain = cookieDomain.toLowerCase(Locale.ROOT);
        while (domain.startsWith(".")) {
            domain = domain.substring(1);
        }
        if (host.equals(domain)) {
            return true;
        }
        if (IpText.isNumeric(host) || domain.length() >= host.length()) {
            return false;
        }
        int start = host.length() - domain.length();
        return host.endsWith(domain) && host.charAt(start - 1) == '.' && !isPublicSuffix(domain);
    }

    /**
     * psl_is_public_suffix() of a lower-case name: a suffix is one when a name one label longer
     * registers under it; a fully qualified name ("me.") is looked up without its last dot.
     */
    static boolean isPublicSuffix(String name) {
        String domain = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (domain.indexOf('.') < 0) {
            return true;
        }
        // RegisteredDomain.from("x." + name) has the name as its public suffix
        String below = "x." + domain;
        int start = JdkSuffixRules.suffixStart(below);
        return start > 0 && below.substring(start).equals(domain);
    }
}
