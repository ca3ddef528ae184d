package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** NTLM's hashes against the published examples of MS-NLMP section 4.2 (user "User", domain "Domain", password "Password"). */
class NtlmCryptoTest {
    private static final byte[] PASSWORD = "Password".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHALLENGE = HexFormat.of().parseHex("0123456789abcdef");

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void ntAndLmHashes() {
        assertEquals("a4f49c406510bdcab6824ee7c30fd852" + "0000000000", hex(NtlmCrypto.ntHash(PASSWORD)));
        assertEquals("e52cac67419a9a224a3b108f3fa6cb6d" + "0000000000", hex(NtlmCrypto.lmHash(PASSWORD)));
    }

    @Test
    void version1Responses() {
        assertEquals("67c43011f30298a2ad35ece64f16331c44bdbed927841f94",
                hex(NtlmCrypto.lmResponse(NtlmCrypto.ntHash(PASSWORD), CHALLENGE)));
        assertEquals("98def7b87f88aa5dafe2df779688a172def11c7d5ccdef13",
                hex(NtlmCrypto.lmResponse(NtlmCrypto.lmHash(PASSWORD), CHALLENGE)));
    }

    @Test
    void version2Hash() {
        assertEquals("0c868a403bfd7a93a3001ef22ef02e3f", hex(NtlmCrypto.ntlmv2Hash(
                "User".getBytes(StandardCharsets.US_ASCII), "Domain".getBytes(StandardCharsets.US_ASCII),
                NtlmCrypto.ntHash(PASSWORD))));
    }
}
