package jtwins.curl;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hashes and ciphers of NTLM (lib/curl_ntlm_core.c), from the JDK alone and loaded only when
 * NTLM is asked for: DES-ECB from the JCE, HMAC-MD5, and MD4 ({@link Md4}, which the JDK does not
 * offer through its providers).
 */
final class NtlmCrypto {
    private NtlmCrypto() {
    }

    /** Curl_ntlm_core_mk_nt_hash(): MD4 of the password as UTF-16LE of its bytes, padded to 21. */
    static byte[] ntHash(byte[] password) {
        byte[] out = new byte[21];
        System.arraycopy(Md4.digest(unicode(password, false)), 0, out, 0, 16);
        return out;
    }

    /** Curl_ntlm_core_mk_lm_hash(): the upper-cased password's 14 bytes as two DES keys on "KGS!@#$%". */
    static byte[] lmHash(byte[] password) {
        byte[] pw = new byte[14];
        for (int i = 0; i < Math.min(password.length, 14); i++) {
            pw[i] = upper(password[i]);
        }
        byte[] magic = {0x4B, 0x47, 0x53, 0x21, 0x40, 0x23, 0x24, 0x25};
        byte[] out = new byte[21];
        System.arraycopy(des(pw, 0, magic), 0, out, 0, 8);
        System.arraycopy(des(pw, 7, magic), 0, out, 8, 8);
        return out;
    }

    /** Curl_ntlm_core_lm_resp(): the 8-byte challenge under the three keys of a 21-byte hash. */
    static byte[] lmResponse(byte[] keys21, byte[] challenge) {
        byte[] out = new byte[24];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(des(keys21, i * 7, challenge), 0, out, i * 8, 8);
        }
        return out;
    }

    /** Curl_ntlm_core_mk_ntlmv2_hash(): HMAC-MD5 under the NT hash of the upper-cased user and the domain. */
    static byte[] ntlmv2Hash(byte[] user, byte[] domain, byte[] ntHash) {
        byte[] u = unicode(user, true);
        byte[] d = unicode(domain, false);
        byte[] identity = new byte[u.length + d.length];
        System.arraycopy(u, 0, identity, 0, u.length);
        System.arraycopy(d, 0, identity, u.length, d.length);
        return hmacMd5(java.util.Arrays.copyOf(ntHash, 16), identity);
    }

    static byte[] hmacMd5(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(key, "HmacMD5"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ascii_to_unicode_le() and its upper-casing twin: each byte, then a zero. */
    static byte[] unicode(byte[] s, boolean upper) {
        byte[] out = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            out[2 * i] = upper ? upper(s[i]) : s[i];
        }
        return out;
    }

    private static byte upper(byte b) {
        return b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
    }

    /** setup_des_key(): 7 bytes of key spread over 8 (the parity bits DES ignores), then one block. */
    private static byte[] des(byte[] key56, int at, byte[] block) {
        byte[] k = new byte[8];
        k[0] = key56[at];
        for (int i = 1; i < 7; i++) {
            k[i] = (byte) (((key56[at + i - 1] << (8 - i)) & 0xFF) | ((key56[at + i] & 0xFF) >> i));
        }
        k[7] = (byte) ((key56[at + 6] << 1) & 0xFF);
        try {
            Cipher c = Cipher.getInstance("DES/ECB/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "DES"));
            return c.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
