package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** wget's number formats, with printf's rounding (ties to even on the exact binary value). */
class RateTextTest {
    @Test
    void humanReadableAsTheLengthLineShowsIt() {
        assertEquals("1000", RateText.human(1000));
        assertEquals("293K", RateText.human(300000));
        // 1.25 is exact in binary: printf rounds the tie to even, not up
        assertEquals("1.2M", RateText.human(1310720));
        assertEquals("64K", RateText.human(65536));
    }

    @Test
    void printDecimalKeepsOneSignificantDigitBelowOne() {
        assertEquals("0", RateText.decimal(0.0003));
        assertEquals("0.001", RateText.decimal(0.0007));
        assertEquals("0.006", RateText.decimal(0.006));
        assertEquals("0.04", RateText.decimal(0.035));
        assertEquals("2.9", RateText.decimal(2.9));
        assertEquals("10", RateText.decimal(9.96));
    }

    @Test
    void ratesPickTheirUnitAndDigits() {
        assertEquals("927 KB/s", RateText.retrRate(949_248, 1.0, false));
        assertEquals("1.10 MB/s", RateText.retrRate(1_153_434, 1.0, false));
        assertEquals("30.0 B/s", RateText.retrRate(30, 1.0, false));
        assertEquals("  215M", RateText.dotRate(225_443_840, 1.0, false));
    }

    @Test
    void etaAndWallClock() {
        assertEquals("2s", RateText.eta(2, true));
        assertEquals("1m45s", RateText.eta(105, true));
        assertEquals("2h 3m", RateText.eta(2 * 3600 + 3 * 60, false));
        assertEquals("0.003s", RateText.humanTime(0.003));
        assertEquals("1m 40s", RateText.humanTime(100));
    }
}
