package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 1320's test suite, and the JDK's own MD4 (reached here through surefire's exports) for every length near a block's edges. */
class Md4Test {
    private static String md4(String text) {
        return HexFormat.of().formatHex(Md4.digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void rfc1320Suite() {
        assertEquals("31d6cfe0d16ae931b73c59d7e0c089c0", md4(""));
        assertEquals("bde52cb31de33e46245e05fbdbd6fb24", md4("a"));
        assertEquals("a448017aaf21d8525fc10ae87aa6729d", md4("abc"));
        assertEquals("d9130a8164549fe818874806e1c7014b", md4("message digest"));
        assertEquals("d79e1c308aa5bbcdeea8ed63df412da9", md4("abcdefghijklmnopqrstuvwxyz"));
        assertEquals("043f8582f241db351ce627e153e7f0e4",
                md4("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"));
        assertEquals("e33b4ddc9c38f2199c3e7b164fcc0536", md4("1234567890".repeat(8)));
    }

    @Test
    void sameAsTheJdksForEveryLengthUpToThreeBlocks() throws Exception {
        Random random = new Random(1320);
        for (int length = 0; length <= 200; length++) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            MessageDigest jdk = (MessageDigest) Class.forName("sun.security.provider.MD4").getMethod("getInstance").invoke(null);
            assertArrayEquals(jdk.digest(message), Md4.digest(message), "length " + length);
        }
    }
}
