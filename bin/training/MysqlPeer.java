import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The far end of make-cds's jmysqlping training runs, on loopback only: java MysqlPeer.java KEYSTORE
 * PASSWORD PORTFILE. Greets each connection as a MariaDB server that offers TLS, upgrades when asked,
 * switches the login to client_ed25519 (to caching_sha2_password's full path with an RSA key for
 * the user sha2), accepts it and answers a ping; until killed.
 */
public class MysqlPeer {
    private static byte[] rsaKey;

    public static void main(String[] args) throws Exception {
        char[] password = args[1].toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            store.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        rsaKey = rsa.generateKeyPair().getPublic().getEncoded();
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Files.writeString(Path.of(args[2] + ".tmp"), Integer.toString(server.getLocalPort()));
        Files.move(Path.of(args[2] + ".tmp"), Path.of(args[2]));
        while (true) {
            try (Socket plain = server.accept()) {
                serve(context, plain);
            } catch (Exception e) {
                // a training client that gave up: serve the next
            }
        }
    }

    private static void serve(SSLContext context, Socket plain) throws IOException {
        byte[] greeting = concat(new byte[] {10}, "5.5.5-10.11.19-MariaDB\0".getBytes(StandardCharsets.US_ASCII),
                new byte[] {1, 0, 0, 0}, "abcdefgh".getBytes(StandardCharsets.US_ASCII), new byte[] {0},
                new byte[] {(byte) 0xfe, (byte) 0xff}, new byte[] {45, 2, 0}, new byte[] {(byte) 0xff, (byte) 0x81},
                new byte[] {21}, new byte[10], "ijklmnopqrst\0".getBytes(StandardCharsets.US_ASCII),
                "mysql_native_password\0".getBytes(StandardCharsets.US_ASCII));
        write(plain.getOutputStream(), 0, greeting);
        byte[] request = read(plain.getInputStream());
        InputStream in = plain.getInputStream();
        OutputStream out = plain.getOutputStream();
        byte[] login = request;
        if (request.length == 32) {
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, null, plain.getPort(), false);
            tls.setUseClientMode(false);
            tls.startHandshake();
            in = tls.getInputStream();
            out = tls.getOutputStream();
            login = read(in);
        }
        int seq = request.length == 32 ? 3 : 2;
        if (new String(login, 32, 4, StandardCharsets.US_ASCII).equals("sha2")) {
            write(out, seq, concat(new byte[] {(byte) 0xfe}, "caching_sha2_password\0".getBytes(StandardCharsets.US_ASCII),
                    "0123456789abcdef0123\0".getBytes(StandardCharsets.US_ASCII)));
            read(in);
            write(out, seq + 2, new byte[] {1, 4});
            read(in);
            String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(rsaKey)
                    + "\n-----END PUBLIC KEY-----\n";
            write(out, seq + 4, concat(new byte[] {1}, pem.getBytes(StandardCharsets.US_ASCII)));
            read(in);
            seq += 6;
        } else {
            write(out, seq, concat(new byte[] {(byte) 0xfe}, "client_ed25519\0".getBytes(StandardCharsets.US_ASCII),
                    "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
            read(in);
            seq += 2;
        }
        write(out, seq, new byte[] {0, 0, 0, 2, 0, 0, 0});
        read(in);
        write(out, 1, new byte[] {0, 0, 0, 2, 0, 0, 0});
        in.read();
    }

    private static byte[] read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = new byte[4];
        data.readFully(header);
        byte[] payload = new byte[(header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16];
        data.readFully(payload);
        return payload;
    }

    private static void write(OutputStream out, int sequence, byte[] payload) throws IOException {
        out.write(new byte[] {(byte) payload.length, (byte) (payload.length >> 8), (byte) (payload.length >> 16),
                (byte) sequence});
        out.write(payload);
        out.flush();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
