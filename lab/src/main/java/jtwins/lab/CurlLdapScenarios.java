package jtwins.lab;

import java.util.List;

/**
 * curl rows for ldap:// against the lab's real OpenLDAP server (LdapDaemon): searches as the URL
 * describes them (base, attributes, scope, filter), openldap.c's way of writing entries (base64
 * for values with blanks at an end or bytes past ASCII, ";binary"), binds, the URL's refusals, the
 * server's, and the bind under the connect timeout.
 */
final class CurlLdapScenarios {
    private static final long HANG = 9000;
    private static final String BASE = "ldap://127.0.0.1:{port}/dc=lab,dc=test";

    private CurlLdapScenarios() {
    }

    private static Scenario curl(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, HANG);
    }

    private static Scenario ldap(String id, String title, String... args) {
        return curl(id, title, Fault.SLAPD, args);
    }

    static List<Scenario> all() {
        return List.of(
                ldap("curl-ldap-subtree", "the whole tree: DN lines, tab-indented attributes, blank lines between",
                        "-sS", BASE + "??sub?(objectClass=*)"),
                ldap("curl-ldap-attributes-filter", "two attributes of the entries with a mail, in the order asked",
                        "-sS", "ldap://127.0.0.1:{port}/ou=people,dc=lab,dc=test?mail,cn?sub?(mail=*)"),
                ldap("curl-ldap-base", "no scope: the base entry alone", "-sS", BASE),
                ldap("curl-ldap-one", "scope one: the children alone", "-sS", BASE + "?objectClass?one"),
                ldap("curl-ldap-substrings-and", "an and of two substring filters", "-sS",
                        BASE + "??sub?(%26(cn=A*)(sn=Ex*ple))"),
                ldap("curl-ldap-bare-filter", "a filter without parentheses gets them", "-sS", BASE + "??sub?cn=Bob"),
                ldap("curl-ldap-base64", "a value with a blank in front and one in UTF-8: base64 after '::'", "-sS",
                        BASE.replace("dc=lab", "ou=people,dc=lab") + "?description?sub"),
                ldap("curl-ldap-binary", "an attribute asked for with ;binary", "-sS",
                        "ldap://127.0.0.1:{port}/cn=Bob,ou=people,dc=lab,dc=test?cn;binary,sn"),
                ldap("curl-ldap-root-dse", "no DN: the root DSE", "-sS", "ldap://127.0.0.1:{port}/"),
                ldap("curl-ldap-v", "-v: 'LDAP local:' and the URL, an empty read, the connection left intact",
                        "-sS", "-v", BASE + "?o"),
                ldap("curl-ldap-w", "-w: the result code as response code, the bytes written", "-sS", "-o",
                        "/dev/null", "-w", "%{response_code} %{size_download} %{scheme}\\n", BASE + "??sub"),
                ldap("curl-ldap-no-such-object", "a base that is not there: 39 with the server's words", "-sS",
                        "ldap://127.0.0.1:{port}/dc=nope,dc=test"),
                ldap("curl-ldap-bind", "-u: a simple bind as the admin", "-sS", "-u", "cn=admin,dc=lab,dc=test:secret",
                        BASE + "?dc"),
                ldap("curl-ldap-bind-refused", "-u with a wrong password: invalid credentials, 67", "-sS", "-u",
                        "cn=admin,dc=lab,dc=test:wrong", BASE),
                ldap("curl-ldap-bad-scope", "a scope libldap does not know: 3 before any connect", "-sS", "-v",
                        BASE + "??bogus"),
                ldap("curl-ldap-user-in-url", "a user in the URL: 'bad URL', 3", "-sS", "ldap://u:p@127.0.0.1:{port}/dc=lab"),
                ldap("curl-ldap-bad-filter", "a filter that does not parse: 39", "-sS", BASE + "??sub?(cn=*(x)"),
                curl("curl-ldaps-self-signed", "ldaps:// to a self-signed certificate without -k: 60", Fault.SLAPD_TLS,
                        "-sS", "ldaps://127.0.0.1:{port}/dc=lab,dc=test"),
                curl("curl-ldap-silent-m1", "-m 1, a server that never answers the bind: 28 at 1 s", Fault.SILENT,
                        "-sS", "-m", "1", "ldap://127.0.0.1:{port}/dc=lab,dc=test"),
                curl("curl-ldap-silent-ct1", "--connect-timeout 1: the bind is the connect's, 28 at 1 s", Fault.SILENT,
                        "-sS", "--connect-timeout", "1", "ldap://127.0.0.1:{port}/dc=lab,dc=test"),
                curl("curl-ldap-closed", "a server that closes at once", Fault.ACCEPT_THEN_CLOSE, "-sS",
                        "ldap://127.0.0.1:{port}/dc=lab,dc=test"));
    }
}
