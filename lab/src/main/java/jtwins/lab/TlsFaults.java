package jtwins.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * HTTPS for the lab: a self-signed certificate for 127.0.0.1 and localhost, made once per run with the
 * JDK's keytool in a temporary folder, and servers that answer over TLS or accept and never handshake.
 */
final class TlsFaults {
    private static final char[] PASSWORD = "lab-only".toCharArray();
    private static Path folder;

    private TlsFaults() {
    }

    /** The folder holding lab.p12 (key and certificate) and lab.pem (the certificate, for --cacert). */
    static synchronized Path materials() throws IOException {
        if (folder != null) {
            return folder;
        }
        Path dir = Files.createTempDirectory("jtwins-tls");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        SetupCommand.run(List.of(keytool.toString(), "-genkeypair", "-alias", "lab", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=lab.test", "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "30",
                "-keystore", dir.resolve("lab.p12").toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)));
        SetupCommand.run(List.of(keytool.toString(), "-exportcert", "-rfc", "-alias", "lab", "-keystore",
                dir.resolve("lab.p12").toString(), "-storepass", new String(PASSWORD), "-file",
                dir.resolve("lab.pem").toString()));
        dir.toFile().deleteOnExit();
        dir.resolve("lab.p12").toFile().deleteOnExit();
        dir.resolve("lab.pem").toFile().deleteOnExit();
        folder = dir;
        return dir;
    }

    static Path caFile() throws IOException {
        return materials().resolve("lab.pem");
    }

    /** Completes the handshake and answers 200 with "secure\n". */
    static TcpFaultServer.Behaviour answer() throws IOException {
        return answer("");
    }

    /** As answer(), the 200 carrying these header lines too (a Strict-Transport-Security one, say). */
    static TcpFaultServer.Behaviour answer(String extraHeaders) throws IOException {
        SSLContext context = serverContext();
        return c -> {
            SSLSocket tls = serverSide(context, c);
            InputStream in = tls.getInputStream();
            int state = 0;
            int b;
            while (state < 4 && (b = in.read()) >= 0) {
                state = (b == '\r' && (state == 0 || state == 2)) ? state + 1
                        : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
            }
            OutputStream out = tls.getOutputStream();
            out.write(HttpFaults.response("HTTP/1.1 200 OK", "Content-Type: text/plain\r\n" + extraHeaders,
                    "secure\n".getBytes(StandardCharsets.ISO_8859_1)));
            out.flush();
            tls.close();
        };
    }

    /**
     * An https:// proxy: the lab's certificate, then a request for an absolute URL echoed as any
     * other; a CONNECT answered 200 and what comes through the tunnel echoed, over TLS again (the
     * same certificate) when the CONNECT was to port 443.
     */
    static TcpFaultServer.Behaviour httpsProxy() throws IOException {
        SSLContext context = serverContext();
        TcpFaultServer.Behaviour echo = HttpFaults.keepAliveEcho();
        return c -> {
            SSLSocket tls = serverSide(context, c);
            byte[] first = HttpFaults.readRequest(tls.getInputStream());
            String line = new String(first, StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
            OutputStream out = tls.getOutputStream();
            if (!line.startsWith("CONNECT ")) {
                out.write(HttpFaults.response("HTTP/1.1 200 OK", "", first));
                out.flush();
                echo.serve(tls);
                return;
            }
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            echo.serve(line.endsWith(":443 HTTP/1.1") ? serverSide(context, tls) : tls);
        };
    }

    /** A server that speaks TLS with the lab's certificate, then what the inner one speaks (gophers://). */
    static TcpFaultServer.Behaviour overTls(TcpFaultServer.Behaviour inner) throws IOException {
        SSLContext context = serverContext();
        return c -> inner.serve(serverSide(context, c));
    }

    private static SSLSocket serverSide(SSLContext context, java.net.Socket under) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(under, null, under.getPort(), true);
        tls.setUseClientMode(false);
        return tls;
    }

    static SSLContext serverContext() throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(materials().resolve("lab.p12"))) {
                store.load(in, PASSWORD);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}
