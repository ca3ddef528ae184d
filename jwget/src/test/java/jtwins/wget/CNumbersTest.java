package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** glibc's strtol()/strtoll() as wget reads chunk sizes and Content-Length with them. */
class CNumbersTest {
    @Test
    void chunkSizesAsStrtolBase16ReadsThem() {
        assertEquals(0, CNumbers.strtol("zz", 16), "no digits: 0, the last chunk");
        assertEquals(3, CNumbers.strtol(" 0x3;ext=1", 16), "blanks, 0x and what follows the digits");
        assertEquals(0, CNumbers.strtol("0xg", 16), "0x without a hex digit after it is the 0 alone");
        assertEquals(-5, CNumbers.strtol("-5", 16));
        assertEquals(Long.MAX_VALUE, CNumbers.strtol("ffffffffffffffffffff", 16), "too big: LONG_MAX");
        assertEquals(0x1a, CNumbers.strtol("1A\r", 16));
    }

    @Test
    void contentLengthAsStrToWgintReadsIt() {
        assertEquals(0, CNumbers.contentLength("abc"));
        assertEquals(3, CNumbers.contentLength("3x"));
        assertEquals(-1, CNumbers.contentLength("-5"), "negative: unknown");
        assertEquals(-1, CNumbers.contentLength("99999999999999999999"), "out of range: unknown");
        assertEquals(42, CNumbers.contentLength(" +42"));
    }
}
