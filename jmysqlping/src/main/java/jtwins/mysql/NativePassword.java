package jtwins.mysql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** mysql_native_password: SHA1(password) XOR SHA1(scramble + SHA1(SHA1(password))); nothing for no password. */
final class NativePassword {
    private NativePassword() {
    }

    static byte[] response(byte[] scramble, String password) {
        if (password.isEmpty()) {
            return new byte[0];
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] stage1 = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            byte[] stage2 = sha1.digest(stage1);
            sha1.update(scramble, 0, 20);
            sha1.update(stage2);
            byte[] mix = sha1.digest();
            for (int i = 0; i < mix.length; i++) {
                mix[i] ^= stage1[i];
            }
            return mix;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
