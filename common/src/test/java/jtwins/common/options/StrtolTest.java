package jtwins.common.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StrtolTest {
    @Test
    void atoiKeepsWhatACProgramKeeps() {
        assertEquals(0, Strtol.atoi("abc"));
        assertEquals(7, Strtol.atoi(" +7x"));
        assertEquals(-3, Strtol.atoi("-3"));
        // 99999999999 fits a long; its low 32 bits are 1215752191
        assertEquals(1215752191, Strtol.atoi("99999999999"));
        // beyond a long, strtol() stops at LONG_MAX, whose low 32 bits are -1
        assertEquals(-1, Strtol.atoi("18446744073709551616"));
    }

    @Test
    void parseMovesPastTheDigitsOnly() {
        int[] at = {3};
        assertEquals(32L, Strtol.parse("ab:32.0", at));
        assertEquals(5, at[0]);
        int[] none = {0};
        assertNull(Strtol.parse(".5", none));
        assertEquals(0, none[0]);
    }

    @Test
    void strtoulIsUnsignedAndSaturatesAtItsOwnMaximum() {
        assertEquals(40000L, Strtol.strtoul(" 40000-40010"));
        assertEquals(-4711L, Strtol.strtoul("-4711"));
        assertEquals(0L, Strtol.strtoul("x"));
        assertEquals(-1L, Strtol.strtoul("18446744073709551615"));
        assertEquals(-1L, Strtol.strtoul("99999999999999999999999"));
        assertEquals(Long.MIN_VALUE, Strtol.strtoul("9223372036854775808"));
    }
}
