package jtwins.common.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names as Debian's curl 7.88.1 and wget 1.21.3 (libidn2 2.3.3) sent them to a proxy on loopback,
 * and the errors wget printed for the ones libidn2 refused.
 */
class IdnaTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Cürl-straße.Local|xn--crl-strae-n1a52a.local",
        "☃.net|xn--n3h.net",
        "ÄBC.com|xn--bc-uia.com",
        "ς.com|xn--3xa.com",
        "a\u200db.com|ab.com",
        "١a.com|xn--a-9pc.com",
        "ﬁx.com|fix.com",
        "Ⅻ.com|xii.com",
        "bücher.例え.テスト|xn--bcher-kva.xn--r8jz45g.xn--zckzah",
        "ＡＢＣ.com|abc.com",
        "x.ü.|x.xn--tda.",
        "é\u200c.com|xn--9ca.com",
        "a_ü.com|xn--a_-yka.com",
        "üℌ.com|xn--h-dha.com",
        "₂ü.com|xn--2-eha.com",
        "ü..com|xn--tda..com",
        "ü\u00ad.com|xn--tda.com",
        "a\u200bü.com|xn--a-eha.com",
        "ẞü.com|xn--ss-yka.com",
        "İü.com|xn--i-eha28m.com",
        "\ud83d\ude00.com|xn--e28h.com",
        "ü.xn--tda.com|xn--tda.xn--tda.com",
        "straße-ς.lab|xn--strae--eta820d.lab",
    })
    void convertsAsLibidn2(String given, String ace) {
        Idna.Result r = Idna.toAscii(given);
        assertEquals(ace, r.ascii(), r.reason());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "-ü.lab|-302",
        "ü-.com|-302",
        "ab--ü.lab|-301",
        "\u0301a.lab|-303",
        "aü\ue000.lab|-304",
        "ü\ufffd.lab|-304",
        "aü\u0001.com|-304",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaü.lab|-203",
        "ü.xn--abc.lab|-313",
        "xn--bücher.com|-202",
    })
    void refusesAsLibidn2(String given, int code) {
        Idna.Result r = Idna.toAscii(given);
        assertFalse(r.ok());
        assertNull(r.ascii());
        assertEquals(code, r.code(), r.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a\u00ffb\u00c3\u00bc.lab", "\u00c3"})
    void bytesThatAreNotUtf8AreAnEncodingError(String bytes) {
        assertEquals(-200, Idna.fromUtf8(bytes).code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bücher,bcher-kva", "例え,r8jz45g", "テスト,zckzah", "ü,tda"})
    void punycodeBothWays(String unicode, String encoded) {
        assertEquals(encoded, Idna.punycode(unicode));
        assertEquals(unicode, Idna.unpunycode(encoded));
    }

    @ParameterizedTest(name = "30 labels of 30 ü")
    @CsvSource("30")
    void aNameOverTwoHundredFiftyFiveIsRefused(int n) {
        String label = "ü".repeat(n);
        String name = String.join(".", java.util.Collections.nCopies(10, label)) + ".lab";
        assertEquals(-205, Idna.toAscii(name).code());
    }
}
