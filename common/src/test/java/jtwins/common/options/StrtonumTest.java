package jtwins.common.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StrtonumTest {
    @Test
    void errorsAsLibbsdNamesThem() {
        assertEquals("invalid", Strtonum.parse("abc", 0, 10).error());
        assertEquals("invalid", Strtonum.parse("1.5", 0, 10).error());
        assertEquals("invalid", Strtonum.parse("", 0, 10).error());
        assertEquals("too small", Strtonum.parse("-1", 0, 10).error());
        assertEquals("too large", Strtonum.parse("11", 0, 10).error());
        assertEquals("too large", Strtonum.parse("99999999999999999999999", 0, 10).error());
    }

    @Test
    void acceptsWhatStrtollAccepts() {
        assertNull(Strtonum.parse(" +7", 0, 10).error());
        assertEquals(7, Strtonum.parse(" +7", 0, 10).value());
        assertEquals(-3, Strtonum.parse("-3", -5, 10).value());
    }
}
