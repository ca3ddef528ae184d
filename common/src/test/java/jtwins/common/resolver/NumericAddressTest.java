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
}
