package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** RFC 4515 filters in the BER libldap sends, byte for byte. */
class LdapFilterTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void presenceEqualityAndParenthesesAdded() {
        // present [7] "objectClass"
        assertArrayEquals(hex("870b6f626a656374436c617373"), LdapFilter.encode("(objectClass=*)"));
        // equalityMatch [3] { "cn", "Bob" }, the parentheses supplied
        assertArrayEquals(hex("a3090402636e0403426f62"), LdapFilter.encode("cn=Bob"));
    }

    @Test
    void andOfSubstringsWithAnEscape() {
        // and [0] { substrings [4] { "cn", { initial "A" } }, equality [3] { "sn", "(" } }
        assertArrayEquals(hex("a014" + "a4090402636e3003800141" + "a3070402736e040128"),
                LdapFilter.encode("(&(cn=A*)(sn=\\28))"));
    }

    @Test
    void refusedFilters() {
        assertNull(LdapFilter.encode("(cn=*(x)"), "an unescaped parenthesis");
        assertNull(LdapFilter.encode("(cn=\\zz)"), "an escape that is no hex");
        assertNull(LdapFilter.encode("(cn:dn:=x)"), "extensible matching");
        assertNull(LdapFilter.encode("(cn=x"), "no closing parenthesis");
    }
}
