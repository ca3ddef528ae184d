package jtwins.curl.http2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HPACK against RFC 7541's own examples (Appendix C), and what curl puts in HTTP2-Settings. */
class HpackTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static String text(List<String[]> fields) {
        StringBuilder b = new StringBuilder();
        for (String[] f : fields) {
            b.append(f[0]).append(": ").append(f[1]).append('\n');
        }
        return b.toString();
    }

    @Test
    void huffmanCodesTheRfcStrings() {
        String[][] cases = {
            {"www.example.com", "f1e3 c2e5 f23a 6ba0 ab90 f4ff"},
            {"no-cache", "a8eb 1064 9cbf"},
            {"custom-key", "25a8 49e9 5ba9 7d7f"},
            {"custom-value", "25a8 49e9 5bb8 e8b4 bf"},
            {"302", "6402"},
            {"private", "aec3 771a 4b"},
            {"Mon, 21 Oct 2013 20:13:21 GMT", "d07a be94 1054 d444 a820 0595 040b 8166 e082 a62d 1bff"},
            {"https://www.example.com", "9d29 ad17 1863 c78f 0b97 c8e9 ae82 ae43 d3"},
        };
        for (String[] c : cases) {
            byte[] plain = c[0].getBytes(StandardCharsets.ISO_8859_1);
            assertArrayEquals(hex(c[1]), HuffmanCode.encode(plain), c[0]);
            assertArrayEquals(plain, HuffmanCode.decode(hex(c[1]), 0, hex(c[1]).length), c[0]);
        }
    }

    @Test
    void everyOctetGoesBothWays() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        byte[] coded = HuffmanCode.encode(all);
        assertArrayEquals(all, HuffmanCode.decode(coded, 0, coded.length));
    }

    @Test
    void badPaddingIsRefused() {
        // '0' is 00000: three zero bits of padding are not EOS's prefix
        assertNull(HuffmanCode.decode(new byte[] {0x00}, 0, 1));
        // a whole octet of ones after a complete symbol: padding longer than 7 bits
        assertNull(HuffmanCode.decode(new byte[] {0x07, (byte) 0xff}, 0, 2));
    }

    @Test
    void decodesTheRfcRequestsWithTheirDynamicTable() throws Exception {
        HpackDecoder d = new HpackDecoder();
        assertEquals(":method: GET\n:scheme: http\n:path: /\n:authority: www.example.com\n",
                text(d.decode(hex("8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff"))));
        assertEquals(":method: GET\n:scheme: http\n:path: /\n:authority: www.example.com\ncache-control: no-cache\n",
                text(d.decode(hex("8286 84be 5886 a8eb 1064 9cbf"))));
        assertEquals(":method: GET\n:scheme: https\n:path: /index.html\n:authority: www.example.com\n"
                + "custom-key: custom-value\n",
                text(d.decode(hex("8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf"))));
    }

    @Test
    void decodesTheRfcPlainLiterals() throws Exception {
        assertEquals(":method: GET\n:scheme: http\n:path: /\n:authority: www.example.com\n",
                text(new HpackDecoder().decode(hex("8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d"))));
    }

    @Test
    void anIndexOutsideTheTablesIsACompressionError() {
        assertThrows(HpackDecoder.CompressionError.class, () -> new HpackDecoder().decode(hex("be")));
    }

    @Test
    void whatTheEncoderWritesDecodesToTheSameFields() throws Exception {
        byte[] block = new HpackEncoder().field(":method", "GET").field(":path", "/a b?c=d")
                .field(":scheme", "https").field(":authority", "127.0.0.1:8443").field("user-agent", "curl/7.88.1")
                .field("accept", "*/*").field("x-\u00e9", "caf\u00e9").block();
        assertEquals(":method: GET\n:path: /a b?c=d\n:scheme: https\n:authority: 127.0.0.1:8443\n"
                + "user-agent: curl/7.88.1\naccept: */*\nx-\u00e9: caf\u00e9\n", text(new HpackDecoder().decode(block)));
    }

    @Test
    void theUpgradeCarriesCurlsOwnSettings() {
        // what Debian's curl sends with --http2 to an http:// URL, seen in its -v
        assertEquals("AAMAAABkAAQCAAAAAAIAAAAA",
                Base64.getUrlEncoder().withoutPadding().encodeToString(Http2Frames.curlSettings()));
    }
}
