package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * -P as Debian's curl 7.88.1 reads it: each case was run against /usr/bin/curl first, and the
 * EPRT it sent ("|1|127.0.0.1|40050|", or an ephemeral port where the spec gives none) is the answer.
 */
class PortSpecTest {
    @Test
    void oneCharacterOrNothingIsTheControlConnectionsAddress() {
        assertEquals(new PortSpec("", 0, 0), PortSpec.parse("-"));
        assertEquals(new PortSpec("", 0, 0), PortSpec.parse("x"));
        assertEquals(new PortSpec("", 0, 0), PortSpec.parse(null));
    }

    @Test
    void anAddressWithAPortOrARange() {
        assertEquals(new PortSpec("127.0.0.1", 40050, 40050), PortSpec.parse("127.0.0.1:40050"));
        assertEquals(new PortSpec("127.0.0.1", 40000, 40010), PortSpec.parse("127.0.0.1:40000-40010"));
        assertEquals(new PortSpec("lo", 0, 0), PortSpec.parse("lo"));
        assertEquals(new PortSpec("127.0.0.1", 40070, 40070), PortSpec.parse("127.0.0.1:+40070"));
        assertEquals(new PortSpec("127.0.0.1", 40080, 40090), PortSpec.parse("127.0.0.1: 40080-40090"));
    }

    @Test
    void ipv6InBracketsTakesAPortABareOneNone() {
        assertEquals(new PortSpec("::1", 40060, 40060), PortSpec.parse("[::1]:40060"));
        assertEquals(new PortSpec("::1", 0, 0), PortSpec.parse("[::1]"));
        assertEquals(new PortSpec("fe80::1", 0, 0), PortSpec.parse("fe80::1"));
    }

    @Test
    void aLeadingColonIsAPortAloneSoBareLoopbackSixIsPortOne() {
        // "::1" starts with ':': a port of ":1", which strtoul() reads as 0
        assertEquals(new PortSpec("", 0, 0), PortSpec.parse("::1"));
        assertEquals(new PortSpec("", 40100, 40100), PortSpec.parse(":40100"));
    }

    @Test
    void portsAreCutToSixteenBitsAndABackwardRangeIsAnyPort() {
        assertEquals(new PortSpec("127.0.0.1", 4464, 4464), PortSpec.parse("127.0.0.1:70000"));
        assertEquals(new PortSpec("127.0.0.1", 0, 0), PortSpec.parse("127.0.0.1:40005-40001"));
        assertEquals(new PortSpec("", 0, 0), PortSpec.parse(":-4711"));
        assertEquals(new PortSpec("h", 0xffff, 0xffff), PortSpec.parse("h:99999999999999999999999"));
    }
}
