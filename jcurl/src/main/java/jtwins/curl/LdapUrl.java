package jtwins.curl;

import java.util.List;
import java.util.Locale;

/**
 * OpenLDAP's ldap_url_parse() of the URL as curl hands it over (RFC 4516): the base DN, then
 * "?attributes?scope?filter?extensions", each part percent-decoded; the scope base unless named,
 * the filter "(objectClass=*)" unless given. A URL with a user or password is refused before it
 * is read, as oldap_url_parse() has it. A refusal is "LDAP local: <url_errs[] text>", 3.
 */
record LdapUrl(String dn, List<String> attributes, int scope, String filter) {
    static final int BASE = 0;
    static final int ONE = 1;
    static final int SUB = 2;
    static final int CHILDREN = 3;

    static LdapUrl parse(CurlUrl url) throws TransferFailed {
        if (url.user() != null || url.password() != null) {
            throw refused("bad URL");
        }
        String target = url.target();
        int slash = target.indexOf('/');
        String rest = slash < 0 ? "" : target.substring(slash + 1);
        String[] parts = rest.split("\\?", -1);
        if (parts.length > 5) {
            throw refused("bad URL");
        }
        String dn = decode(parts[0]);
        List<String> attributes = null;
        if (parts.length > 1 && !parts[1].isEmpty()) {
            attributes = List.of(decode(parts[1]).split(","));
        }
        int scope = BASE;
        if (parts.length > 2 && !parts[2].isEmpty()) {
            scope = switch (decode(parts[2]).toLowerCase(Locale.ROOT)) {
                case "base" -> BASE;
                case "one", "onelevel" -> ONE;
                case "sub", "subtree" -> SUB;
                case "subord", "subordinate", "children" -> CHILDREN;
                default -> throw refused("bad or missing scope");
            };
        }
        String filter = parts.length > 3 && !parts[3].isEmpty() ? decode(parts[3]) : "(objectClass=*)";
        if (parts.length > 4 && !parts[4].isEmpty()) {
            for (String extension : decode(parts[4]).split(",")) {
                if (extension.startsWith("!")) {
                    // a critical extension libldap does not know
                    throw refused("bad or missing extensions");
                }
            }
        }
        return new LdapUrl(dn, attributes, scope, filter);
    }

    private static String decode(String part) {
        String decoded = UrlDecoding.decode(part, UrlDecoding.Reject.NONE);
        return decoded == null ? part : decoded;
    }

    private static TransferFailed refused(String text) {
        return new TransferFailed(CurlCode.URL_MALFORMAT, "LDAP local: " + text);
    }
}
