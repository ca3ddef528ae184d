package jtwins.mysql;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * client_ed25519 (MariaDB's auth_ed25519): an Ed25519 signature of the server's nonce whose expanded
 * secret key is SHA-512 of the password itself, not of a 32-byte seed, so the JDK's EdDSA (which
 * takes a seed) cannot make it. The curve arithmetic is the textbook one in extended coordinates;
 * one login signs once, so BigInteger is fast enough.
 */
final class Ed25519Password {
    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
    private static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger I = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
    private static final BigInteger[] BASE = base();

    private Ed25519Password() {
    }

    static byte[] sign(byte[] nonce, String password) {
        byte[] az = sha512(password.getBytes(StandardCharsets.UTF_8));
        az[0] &= (byte) 248;
        az[31] &= 63;
        az[31] |= 64;
        BigInteger a = littleEndian(az, 0, 32);
        byte[] publicKey = encode(multiply(BASE, a));
        BigInteger r = littleEndian(sha512(az, 32, 32, nonce), 0, 64).mod(L);
        byte[] rPoint = encode(multiply(BASE, r));
        BigInteger h = littleEndian(sha512(rPoint, 0, 32, concat(publicKey, nonce)), 0, 64).mod(L);
        BigInteger s = r.add(h.multiply(a)).mod(L);
        byte[] signature = new byte[64];
        System.arraycopy(rPoint, 0, signature, 0, 32);
        byte[] sBytes = toLittleEndian(s);
        System.arraycopy(sBytes, 0, signature, 32, 32);
        return signature;
    }

    private static BigInteger[] base() {
        BigInteger y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
        BigInteger x = recoverX(y);
        return new BigInteger[] {x, y, BigInteger.ONE, x.multiply(y).mod(P)};
    }

    private static BigInteger recoverX(BigInteger y) {
        BigInteger y2 = y.multiply(y);
        BigInteger xx = y2.subtract(BigInteger.ONE).multiply(D.multiply(y2).add(BigInteger.ONE).modInverse(P)).mod(P);
        BigInteger x = xx.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (!x.multiply(x).subtract(xx).mod(P).equals(BigInteger.ZERO)) {
            x = x.multiply(I).mod(P);
        }
        return x.testBit(0) ? P.subtract(x) : x;
    }

    /** Point addition in extended coordinates (X, Y, Z, T), a = -1 (RFC 8032 5.1.4). */
    private static BigInteger[] add(BigInteger[] p, BigInteger[] q) {
        BigInteger a = p[1].subtract(p[0]).multiply(q[1].subtract(q[0])).mod(P);
        BigInteger b = p[1].add(p[0]).multiply(q[1].add(q[0])).mod(P);
        BigInteger c = p[3].multiply(BigInteger.TWO).multiply(D).multiply(q[3]).mod(P);
        BigInteger d = p[2].multiply(BigInteger.TWO).multiply(q[2]).mod(P);
        BigInteger e = b.subtract(a);
        BigInteger f = d.subtract(c);
        BigInteger g = d.add(c);
        BigInteger h = b.add(a);
        return new BigInteger[] {e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P)};
    }

    private static BigInteger[] multiply(BigInteger[] point, BigInteger k) {
        BigInteger[] result = {BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO};
        BigInteger[] addend = point;
        for (int i = 0; i < k.bitLength(); i++) {
            if (k.testBit(i)) {
                result = add(result, addend);
            }
            addend = add(addend, addend);
        }
        return result;
    }

    private static byte[] encode(BigInteger[] point) {
        BigInteger zInverse = point[2].modInverse(P);
        BigInteger x = point[0].multiply(zInverse).mod(P);
        BigInteger y = point[1].multiply(zInverse).mod(P);
        byte[] out = toLittleEndian(y);
        if (x.testBit(0)) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }

    private static BigInteger littleEndian(byte[] b, int off, int len) {
        byte[] big = new byte[len];
        for (int i = 0; i < len; i++) {
            big[i] = b[off + len - 1 - i];
        }
        return new BigInteger(1, big);
    }

    private static byte[] toLittleEndian(BigInteger n) {
        byte[] big = n.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < big.length && i < 32; i++) {
            out[i] = big[big.length - 1 - i];
        }
        return out;
    }

    private static byte[] sha512(byte[] data) {
        return sha512(data, 0, data.length, new byte[0]);
    }

    private static byte[] sha512(byte[] first, int off, int len, byte[] second) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-512");
            md.update(first, off, len);
            md.update(second);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
