package jtwins.mysql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import org.junit.jupiter.api.Test;

class Ed25519PasswordTest {
    /**
     * A 32-byte password is exactly an Ed25519 seed (the secret is SHA-512 of it either way), so the
     * JDK's own Ed25519 must sign the nonce to the same bytes; other lengths are the real server's
     * business (MysqlSideBySideTest's edd rows).
     */
    @Test
    void aSeedLengthPasswordSignsAsTheJdksEd25519() throws Exception {
        String password = "0123456789abcdef0123456789abcdef";
        byte[] nonce = "a server's nonce of 32 bytes....".getBytes(StandardCharsets.US_ASCII);
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey key = factory.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519,
                password.getBytes(StandardCharsets.US_ASCII)));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(key);
        jdk.update(nonce);
        assertArrayEquals(jdk.sign(), Ed25519Password.sign(nonce, password));
    }

    @Test
    void anotherPasswordSignsOtherwise() {
        byte[] nonce = new byte[32];
        assertNotEquals(new String(Ed25519Password.sign(nonce, "a"), StandardCharsets.ISO_8859_1),
                new String(Ed25519Password.sign(nonce, "b"), StandardCharsets.ISO_8859_1));
    }
}
