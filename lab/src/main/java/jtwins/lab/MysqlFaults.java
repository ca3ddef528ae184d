package jtwins.lab;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * Servers that speak just enough of the MariaDB/MySQL protocol to go wrong in one way, then stay
 * silent; and a MySQL 8 login with caching_sha2_password, which no MariaDB server offers.
 */
final class MysqlFaults {
    private MysqlFaults() {
    }

    /** A framed packet that claims protocol 10 and holds no greeting: the client answers it and waits. */
    static TcpFaultServer.Behaviour junkGreeting() {
        return sendPacket(concat(new byte[] {0x0a}, "garbage".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** An ERR packet instead of a greeting, as a server at max_connections sends. */
    static TcpFaultServer.Behaviour errorGreeting(int code, String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        return sendPacket(concat(new byte[] {(byte) 0xff, (byte) code, (byte) (code >>> 8)}, text));
    }

    /**
     * A MariaDB 10.11 greeting with its scramble's fields as given: the length byte, CLIENT_PLUGIN_AUTH
     * on or off, the plugin's name; then silence. Connector/C finds a wrong length before it sends a
     * byte (native_password_auth_client()), and a name it has no plugin for gets an empty answer.
     */
    static TcpFaultServer.Behaviour greeting(int scrambleLengthByte, boolean pluginAuth, String plugin) {
        return sendPacket(mariadbGreeting(true, pluginAuth, scrambleLengthByte, plugin));
    }

    /** The greeting's payload: protocol 10, MariaDB 10.11.19's version, a fixed scramble, the fields asked. */
    static byte[] mariadbGreeting(boolean protocol41, boolean pluginAuth, int scrambleLengthByte, String plugin) {
        ByteArrayOutputStream g = new ByteArrayOutputStream();
        g.write(10);
        g.writeBytes("5.5.5-10.11.19-MariaDB-0+deb12u1\0".getBytes(StandardCharsets.US_ASCII));
        g.writeBytes(new byte[] {9, 0, 0, 0});
        g.writeBytes("abcdefgh\0".getBytes(StandardCharsets.US_ASCII));
        // LONG_PASSWORD, FOUND_ROWS, LONG_FLAG, CONNECT_WITH_DB, PROTOCOL_41, TRANSACTIONS,
        // SECURE_CONNECTION, MULTI_RESULTS, PLUGIN_AUTH, each as asked
        long caps = 0x1 | 0x2 | 0x4 | 0x8 | (protocol41 ? 0x200 : 0) | 0x2000 | 0x8000 | 0x20000 | (pluginAuth ? 0x80000 : 0);
        g.writeBytes(new byte[] {(byte) caps, (byte) (caps >>> 8), 45, 2, 0, (byte) (caps >>> 16), (byte) (caps >>> 24),
                (byte) scrambleLengthByte});
        g.writeBytes(new byte[10]);
        g.writeBytes("ijklmnopqrst\0".getBytes(StandardCharsets.US_ASCII));
        g.writeBytes((plugin + "\0").getBytes(StandardCharsets.US_ASCII));
        return g.toByteArray();
    }

    /** A greeting of protocol 9, which the client refuses. */
    static TcpFaultServer.Behaviour protocol9() {
        return sendPacket(concat(new byte[] {0x09}, "5.5\0".getBytes(StandardCharsets.ISO_8859_1), new byte[40]));
    }

    /**
     * A MySQL 8 server's login, caching_sha2_password as sql/auth/sha2_password.cc checks it, for one
     * user: the fast path when its cache holds the password ({@code cached}), else the full path, in
     * which a client on plain TCP asks for the RSA key and sends the password encrypted with it. A
     * COM_PING after the login is answered OK.
     */
    static TcpFaultServer.Behaviour cachingSha2(String user, String password, boolean cached) {
        KeyPair rsa;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            rsa = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return c -> {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            byte[] nonce = new byte[20];
            new SecureRandom().nextBytes(nonce);
            for (int i = 0; i < nonce.length; i++) {
                nonce[i] = (byte) (0x21 + (nonce[i] & 0x3f));
            }
            ByteArrayOutputStream g = new ByteArrayOutputStream();
            g.write(10);
            g.writeBytes("8.0.36\0".getBytes(StandardCharsets.US_ASCII));
            g.writeBytes(new byte[] {7, 0, 0, 0});
            g.write(nonce, 0, 8);
            g.write(0);
            // capabilities: LONG_PASSWORD, LONG_FLAG, PROTOCOL_41, TRANSACTIONS, SECURE_CONNECTION,
            // MULTI_RESULTS, PLUGIN_AUTH, PLUGIN_AUTH_LENENC_CLIENT_DATA; no SSL
            long caps = 0x1 | 0x4 | 0x200 | 0x2000 | 0x8000 | 0x20000 | 0x80000 | 0x200000;
            g.writeBytes(new byte[] {(byte) caps, (byte) (caps >>> 8), (byte) 0xff, 2, 0, (byte) (caps >>> 16),
                    (byte) (caps >>> 24), 21});
            g.writeBytes(new byte[10]);
            g.write(nonce, 8, 12);
            g.write(0);
            g.writeBytes("caching_sha2_password\0".getBytes(StandardCharsets.US_ASCII));
            write(out, 0, g.toByteArray());
            byte[] login = read(in);
            int seq = 2;
            String who = cString(login, 32);
            int at = 32 + who.getBytes(StandardCharsets.UTF_8).length + 1;
            int length = login[at] & 0xff;
            byte[] answer = Arrays.copyOfRange(login, at + 1, at + 1 + length);
            String plugin = cString(login, at + 1 + length);
            if (!plugin.equals("caching_sha2_password")) {
                ByteArrayOutputStream sw = new ByteArrayOutputStream();
                sw.write(0xfe);
                sw.writeBytes("caching_sha2_password\0".getBytes(StandardCharsets.US_ASCII));
                sw.writeBytes(nonce);
                sw.write(0);
                write(out, seq, sw.toByteArray());
                answer = read(in);
                seq += 2;
            }
            boolean ok = who.equals(user);
            if (ok && !password.isEmpty()) {
                if (cached) {
                    ok = Arrays.equals(answer, fastScramble(nonce, password));
                    if (ok) {
                        write(out, seq++, new byte[] {1, 3});
                    }
                } else {
                    write(out, seq, new byte[] {1, 4});
                    byte[] next = read(in);
                    seq += 2;
                    if (next.length == 1 && next[0] == 2) {
                        String pem = "-----BEGIN PUBLIC KEY-----\n"
                                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(rsa.getPublic().getEncoded())
                                + "\n-----END PUBLIC KEY-----\n";
                        byte[] key = pem.getBytes(StandardCharsets.US_ASCII);
                        byte[] packet = new byte[key.length + 1];
                        packet[0] = 1;
                        System.arraycopy(key, 0, packet, 1, key.length);
                        write(out, seq, packet);
                        next = decrypt(rsa, read(in), nonce);
                        seq += 2;
                    }
                    ok = Arrays.equals(next, (password + "\0").getBytes(StandardCharsets.UTF_8));
                }
            } else if (ok) {
                ok = answer.length == 0;
            }
            if (ok) {
                write(out, seq, new byte[] {0, 0, 0, 2, 0, 0, 0});
                read(in);
                write(out, 1, new byte[] {0, 0, 0, 2, 0, 0, 0});
            } else {
                String message = "#28000Access denied for user '" + who + "'@'localhost' (using password: "
                        + (answer.length > 0 ? "YES" : "NO") + ")";
                write(out, seq, concat(new byte[] {(byte) 0xff, (byte) 1045, (byte) (1045 >>> 8)},
                        message.getBytes(StandardCharsets.UTF_8)));
            }
            in.read();
        };
    }

    private static byte[] fastScramble(byte[] nonce, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] p1 = sha.digest(password.getBytes(StandardCharsets.UTF_8));
            byte[] p2 = sha.digest(p1);
            sha.update(p2);
            sha.update(nonce);
            byte[] p3 = sha.digest();
            for (int i = 0; i < p3.length; i++) {
                p3[i] ^= p1[i];
            }
            return p3;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decrypt(KeyPair rsa, byte[] encrypted, byte[] nonce) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            cipher.init(Cipher.DECRYPT_MODE, rsa.getPrivate());
            byte[] plain = cipher.doFinal(encrypted);
            for (int i = 0; i < plain.length; i++) {
                plain[i] ^= nonce[i % nonce.length];
            }
            return plain;
        } catch (GeneralSecurityException e) {
            return new byte[0];
        }
    }

    private static String cString(byte[] b, int from) {
        int end = from;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, Math.min(from, b.length), Math.max(0, end - from), StandardCharsets.UTF_8);
    }

    /** One packet's payload; an end of stream inside it is an EOFException. */
    static byte[] read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = new byte[4];
        data.readFully(header);
        byte[] payload = new byte[(header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16];
        data.readFully(payload);
        return payload;
    }

    private static void write(OutputStream out, int sequence, byte[] payload) throws IOException {
        out.write(new byte[] {(byte) payload.length, (byte) (payload.length >>> 8), (byte) (payload.length >>> 16),
                (byte) sequence});
        out.write(payload);
        out.flush();
    }

    private static TcpFaultServer.Behaviour sendPacket(byte[] payload) {
        return c -> {
            OutputStream out = c.getOutputStream();
            out.write(new byte[] {(byte) payload.length, (byte) (payload.length >>> 8), (byte) (payload.length >>> 16), 0});
            out.write(payload);
            out.flush();
        };
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
