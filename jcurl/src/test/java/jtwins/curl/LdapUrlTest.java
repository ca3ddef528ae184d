package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ldap_url_parse() as oldap_url_parse() uses it: the parts, their defaults and refusals. */
class LdapUrlTest {
    private static LdapUrl parse(String url) throws TransferFailed {
        return LdapUrl.parse(CurlUrl.parse(url, false, null));
    }

    @Test
    void partsAndDefaults() throws TransferFailed {
        LdapUrl all = parse("ldap://h/ou=people,dc=lab?mail,cn?sub?(mail=*)");
        assertEquals("ou=people,dc=lab", all.dn());
        assertEquals(List.of("mail", "cn"), all.attributes());
        assertEquals(LdapUrl.SUB, all.scope());
        assertEquals("(mail=*)", all.filter());
        LdapUrl bare = parse("ldap://h/dc=lab");
        assertNull(bare.attributes());
        assertEquals(LdapUrl.BASE, bare.scope());
        assertEquals("(objectClass=*)", bare.filter());
        assertEquals("", parse("ldap://h/").dn());
        assertEquals("cn=a b", parse("ldap://h/cn=a%20b").dn());
    }

    @Test
    void refusals() {
        TransferFailed scope = assertThrows(TransferFailed.class, () -> parse("ldap://h/dc=lab??bogus"));
        assertEquals("LDAP local: bad or missing scope", scope.getMessage());
        assertEquals(CurlCode.URL_MALFORMAT, scope.code());
        assertEquals("LDAP local: bad URL",
                assertThrows(TransferFailed.class, () -> parse("ldap://u:p@h/dc=lab")).getMessage());
        assertEquals("LDAP local: bad URL",
                assertThrows(TransferFailed.class, () -> parse("ldap://h/a?b?base?c?d?e")).getMessage());
    }
}
