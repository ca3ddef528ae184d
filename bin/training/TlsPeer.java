import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * The far end of make-cds's TLS training runs, on loopback only: java TlsPeer.java KEYSTORE PASSWORD
 * PORTFILE. Serves "200 ok" over TLS to each connection until killed; writes its port to PORTFILE.
 */
public class TlsPeer {
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
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Files.writeString(Path.of(args[2] + ".tmp"), Integer.toString(server.getLocalPort()));
        Files.move(Path.of(args[2] + ".tmp"), Path.of(args[2]));
        while (true) {
            try (SSLSocket s = (SSLSocket) server.accept()) {
                InputStream in = s.getInputStream();
                int state = 0;
                int b;
                while (state < 4 && (b = in.read()) >= 0) {
                    state = (b == '\r' && (state == 0 || state == 2)) ? state + 1
                            : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
                }
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (Exception e) {
                // a training client that gave up: serve the next
            }
        }
    }
}
