package jtwins.common.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumericAddressTest {
    @Test
    void inetAtonForms() {
        assertEquals("127.0.0.1", NumericAddress.parse("127.0.0.1").getHostAddress());
        assertEquals("127.0.0.1", NumericAddress.parse("127.1").getHostAddress());
        assertEquals("127.0.0.1", NumericAddress.parse("0x7f.1").getHostAddress());
        assertEquals("127.0.0.8", NumericAddress.parse("0177.8").getHostAddress());
        assertEquals("0.0.1.0", NumericAddress.parse("256").getHostAddress());
    }

    @Test
    void namesAndBadLiteralsAreNotAddresses() {
        assertNull(NumericAddress.parse("localhost"));
        assertNull(NumericAddress.parse("1.2.3.400"));
        assertNull(NumericAddress.parse("1.2.3.4."));
        assertNull(NumericAddress.parse("09.1"));
        assertNull(NumericAddress.parse("::g"));
    }

    @Test
    void ipv6AsInetNtopWritesIt() {
        assertEquals("::1", AddressText.of(NumericAddress.parse("::1")));
        assertEquals("::", AddressText.of(NumericAddress.parse("::")));
        assertEquals("fe80::1:0:0:2", AddressText.of(NumericAddress.parse("fe80:0:0:0:1:0:0:2")));
        assertEquals("1:0:2::", AddressText.of(NumericAddress.parse("1:0:2:0:0:0:0:0")));
        assertEquals("::ffff:127.0.0.1", AddressText.of(NumericAddress.parse("::ffff:127.0.0.1")));
        assertEquals("127.0.0.1", AddressText.of(NumericAddress.parse("127.0.0.1")));
    }

    /** The hand-written checks against the regular expressions they stand for, over literals near their edges. */
    @Test
    void handWrittenChecksAgreeWithTheirPatterns() {
        String quad = "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
        String ipv6 = "[0-9A-Fa-f:.]+(%[0-9A-Za-z_.-]+)?";
        String[] parts = {"", "0", "00", "01", "9", "10", "99", "100", "199", "200", "249", "250", "255", "256", "300",
            "999", "1000", "a", "-1", " 1", "1 "};
        int checked = 0;
        for (String a : parts) {
            for (String b : new String[] {"0", "255", a}) {
                for (String text : new String[] {a + "." + b + ".1.2", "1.2." + b + "." + a, "1.2.3", "1.2.3.4.5",
                    a + ".1.1.1.", "." + a}) {
                    assertEquals(text.matches(quad), NumericAddress.dottedQuad(text), text);
                    checked++;
                }
            }
        }
        for (String text : new String[] {"::1", "::", "", "%", "::1%", "::1%eth0", "fe80::1%lo", "::1%e%0", "%lo",
            "1.2.3.4", "::ffff:1.2.3.4", "::g", "::G", "AbC::dEf", "::1%a_b.c-d", "::1%a b", "::1%é", "١::", "::1%١",
            "fe80::1%\u00e9", " ::1", "::1 "}) {
            assertEquals(text.matches(ipv6), NumericAddress.ipv6Characters(text), text);
            checked++;
        }
        assertEquals(21 * 3 * 6 + 22, checked);
    }
}
