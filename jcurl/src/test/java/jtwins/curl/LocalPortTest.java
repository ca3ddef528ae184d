package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** --local-port as Debian's curl 7.88.1 takes it (each case run against /usr/bin/curl first). */
class LocalPortTest {
    @Test
    void aPortAloneIsARangeOfOne() throws Exception {
        assertEquals(new LocalPort(44444, 1), LocalPort.parse("44444"));
        assertEquals(new LocalPort(0, 1), LocalPort.parse("0"));
    }

    @Test
    void aRangeCountsItsPortsFromTheFirst() throws Exception {
        assertEquals(new LocalPort(44444, 1001), LocalPort.parse("44444-45444"));
        assertEquals(new LocalPort(100, 101), LocalPort.parse("100 - 200"));
        assertEquals(new LocalPort(65535, 1), LocalPort.parse("65535-65535"));
        assertEquals(new LocalPort(0, 6), LocalPort.parse("0-5"));
    }

    @Test
    void whatFollowsTheNumberWithoutADashIsIgnored() throws Exception {
        assertEquals(new LocalPort(44444, 1), LocalPort.parse("44444x"));
    }

    @Test
    void badUses() {
        for (String bad : new String[] {"44444-", "70000", "5-3", "abc", "-5", "100-abc", "100-2000000"}) {
            ParamError.Refused refused = assertThrows(ParamError.Refused.class, () -> LocalPort.parse(bad), bad);
            assertEquals(ParamError.BAD_USE, refused.error, bad);
        }
    }
}
