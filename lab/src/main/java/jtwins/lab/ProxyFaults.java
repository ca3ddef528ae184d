package jtwins.lab;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Proxies for nc -x, each answering the handshake one way and then acting as the far end itself
 * (echo), so nothing is ever forwarded off loopback: SOCKS5, SOCKS4 and HTTP CONNECT, granting or
 * refusing in the ways socks.c reports.
 */
final class ProxyFaults {
    private ProxyFaults() {
    }

    /** SOCKS5: method reply (0 or 0xff for "no acceptable method"), then the CONNECT reply code. */
    static TcpFaultServer.Behaviour socks5(int method, int replyCode) {
        return socks5(method, replyCode, ProxyFaults::echo);
    }

    /** As socks5(), the far end after a granted CONNECT being the behaviour given rather than an echo. */
    static TcpFaultServer.Behaviour socks5(int method, int replyCode, TcpFaultServer.Behaviour farEnd) {
        return c -> {
            DataInputStream in = new DataInputStream(c.getInputStream());
            OutputStream out = c.getOutputStream();
            in.readUnsignedByte();
            in.readFully(new byte[in.readUnsignedByte()]);
            out.write(new byte[] {5, (byte) method});
            out.flush();
            if (method == 0xff) {
                c.close();
                return;
            }
            in.readFully(new byte[3]);
            int type = in.readUnsignedByte();
            int addressLength = type == 1 ? 4 : type == 4 ? 16 : in.readUnsignedByte();
            in.readFully(new byte[addressLength + 2]);
            out.write(new byte[] {5, (byte) replyCode, 0, 1, 0, 0, 0, 0, 0, 0});
            out.flush();
            if (replyCode != 0) {
                c.close();
                return;
            }
            farEnd.serve(c);
        };
    }

    /** SOCKS4: request with its NUL-ended user id, then 90 (granted) or another code. */
    static TcpFaultServer.Behaviour socks4(int replyCode) {
        return c -> {
            DataInputStream in = new DataInputStream(c.getInputStream());
            in.readFully(new byte[8]);
            while (in.readUnsignedByte() != 0) {
                // the user id
            }
            OutputStream out = c.getOutputStream();
            out.write(new byte[] {0, (byte) replyCode, 0, 0, 0, 0, 0, 0});
            out.flush();
            if (replyCode != 90) {
                c.close();
                return;
            }
            echo(c);
        };
    }

    /** HTTP CONNECT: reads the request head, answers with the status line given; echoes after a 200. */
    static TcpFaultServer.Behaviour httpConnect(String statusLine) {
        return c -> {
            if (readHead(c.getInputStream()) == null) {
                return;
            }
            OutputStream out = c.getOutputStream();
            out.write((statusLine + "\r\nVia: lab\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (!statusLine.contains(" 200 ")) {
                c.close();
                return;
            }
            echo(c);
        };
    }

    /** HTTP CONNECT granted to whatever target is named, then the inner server speaks in the tunnel. */
    static TcpFaultServer.Behaviour httpConnectThen(TcpFaultServer.Behaviour inner) {
        return c -> {
            if (readHead(c.getInputStream()) == null) {
                return;
            }
            OutputStream out = c.getOutputStream();
            out.write("HTTP/1.1 200 Connection established\r\nVia: lab\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            inner.serve(c);
        };
    }

    /**
     * HTTP CONNECT for RSYNC_PROXY: a 200, then the lab's own rsync daemon on loopback whatever the
     * request named, so the client's daemon protocol runs through the proxy and never leaves loopback.
     */
    static TcpFaultServer.Behaviour httpConnectToRsyncDaemon() {
        return c -> {
            if (readHead(c.getInputStream()) == null) {
                return;
            }
            try (Socket daemon = new Socket(java.net.InetAddress.getLoopbackAddress(), RsyncDaemon.get().port())) {
                OutputStream out = c.getOutputStream();
                out.write("HTTP/1.1 200 Connection established\r\nVia: lab\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread up = new Thread(() -> copy(c, daemon), "proxy-up");
                up.setDaemon(true);
                up.start();
                copy(daemon, c);
                up.join(5000);
            }
        };
    }

    /**
     * An HTTP proxy (over TLS with the lab's certificate when tls is given) granting each CONNECT and
     * then joining it to a loopback port whatever host it named: port 21 to the given FTP server on
     * 127.0.0.1, any other port on passiveAddress (where that server's EPSV or PASV listener waits),
     * so an FTP transfer's two tunnels never leave loopback.
     */
    static TcpFaultServer.Behaviour connectToLoopbackFtp(int ftpPort, java.net.InetAddress passiveAddress,
                                                        javax.net.ssl.SSLContext tls) {
        return c -> {
            Socket client = c;
            if (tls != null) {
                javax.net.ssl.SSLSocket s = (javax.net.ssl.SSLSocket) tls.getSocketFactory().createSocket(c, null,
                        c.getPort(), true);
                s.setUseClientMode(false);
                client = s;
            }
            String head = readHead(client.getInputStream());
            if (head == null) {
                return;
            }
            String authority = head.split(" ", 3)[1];
            int port = Integer.parseInt(authority.substring(authority.lastIndexOf(':') + 1));
            try (Socket far = port == 21 ? new Socket(java.net.InetAddress.getLoopbackAddress(), ftpPort)
                    : new Socket(passiveAddress, port)) {
                OutputStream out = client.getOutputStream();
                out.write("HTTP/1.1 200 Connection established\r\nVia: lab\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Socket near = client;
                Thread up = new Thread(() -> copy(near, far), "proxy-up");
                up.setDaemon(true);
                up.start();
                copy(far, client);
                up.join(5000);
            }
        };
    }

    /** The request head up to its blank line; null when the stream ends first. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** Bytes from one socket to the other until the first ends, then its end passed on. */
    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            if (to instanceof javax.net.ssl.SSLSocket) {
                // TLS has no half close: the end is the whole connection's
                to.close();
            } else {
                to.shutdownOutput();
            }
        } catch (IOException e) {
            // either side gone: the other sees it on its own socket
        }
    }

    private static void echo(Socket c) throws IOException, InterruptedException {
        TcpFaultServer.echo().serve(c);
    }
}
