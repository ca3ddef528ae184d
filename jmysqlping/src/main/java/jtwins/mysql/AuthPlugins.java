package jtwins.mysql;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * The client-side authentication plugins the twin carries, by the names servers ask for, and the
 * state of one login: the plugin in use, its last challenge, and whether the channel is secure (TLS
 * or the unix socket), which decides how caching_sha2_password's full authentication sends the password.
 */
final class AuthPlugins {
    static final String NATIVE = "mysql_native_password";
    static final String ED25519 = "client_ed25519";
    static final String CACHING_SHA2 = "caching_sha2_password";

    private final String password;
    private final boolean secureChannel;
    private String plugin;
    private byte[] challenge;

    AuthPlugins(String password, boolean secureChannel) {
        this.password = password;
        this.secureChannel = secureChannel;
    }

    static boolean known(String plugin) {
        return plugin.equals(NATIVE) || plugin.equals(ED25519) || plugin.equals(CACHING_SHA2);
    }

    /** The answer to a challenge: the greeting's, or an auth switch's. */
    byte[] answer(String pluginName, byte[] challengeBytes) {
        this.plugin = pluginName;
        this.challenge = challengeBytes;
        return switch (plugin) {
            case ED25519 -> Ed25519Password.sign(challenge, password);
            case CACHING_SHA2 -> CachingSha2.scramble(challenge, password);
            default -> NativePassword.response(challenge, password);
        };
    }

    /** A plugin's answer to an 0x01 "more data" packet; null when it has nothing to send. */
    byte[] more(byte[] packet) throws ClientError {
        if (!plugin.equals(CACHING_SHA2) || packet.length < 2) {
            return null;
        }
        if (packet.length == 2 && packet[1] == 3) {
            // fast authentication: the server's cache knew the password; its OK follows
            return null;
        }
        if (packet.length == 2 && packet[1] == 4) {
            // full authentication: in the clear on a secure channel, else ask for the server's RSA key
            return secureChannel ? withNul(password) : new byte[] {2};
        }
        return CachingSha2.encrypted(new String(packet, 1, packet.length - 1, StandardCharsets.US_ASCII),
                password, challenge);
    }

    private static byte[] withNul(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    /** caching_sha2_password (plugins/auth/caching_sha2_pw.c). */
    static final class CachingSha2 {
        private CachingSha2() {
        }

        /** SHA256(password) XOR SHA256(SHA256(SHA256(password)) + nonce); nothing for no password. */
        static byte[] scramble(byte[] nonce, String password) {
            if (password.isEmpty()) {
                return new byte[0];
            }
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] p1 = sha.digest(password.getBytes(StandardCharsets.UTF_8));
                byte[] p2 = sha.digest(p1);
                sha.update(p2);
                sha.update(nonce, 0, Math.min(20, nonce.length));
                byte[] p3 = sha.digest();
                for (int i = 0; i < p3.length; i++) {
                    p3[i] ^= p1[i];
                }
                return p3;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The password and its NUL, XORed with the nonce, under the server's key with OAEP padding. */
        static byte[] encrypted(String pem, String password, byte[] nonce) throws ClientError {
            byte[] plain = withNul(password);
            for (int i = 0; i < plain.length; i++) {
                plain[i] ^= nonce[i % Math.min(20, nonce.length)];
            }
            try {
                String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                PublicKey key = KeyFactory.getInstance("RSA").generatePublic(
                        new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
                Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
                rsa.init(Cipher.ENCRYPT_MODE, key);
                return rsa.doFinal(plain);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new ClientError(ClientError.CR_AUTH_PLUGIN_CANNOT_LOAD, "Couldn't encrypt the password: " + e.getMessage());
            }
        }
    }
}
