package jtwins.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server on loopback that misbehaves in one chosen way for every connection it accepts:
 * stays silent, closes, resets, echoes, sends some bytes then stalls, drips, or plays an HTTP script.
 */
public final class TcpFaultServer implements AutoCloseable {
    /** What the server does with one accepted connection. */
    public interface Behaviour {
        void serve(Socket connection) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private TcpFaultServer(int port, Behaviour behaviour) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        acceptor = new Thread(() -> acceptLoop(behaviour), "fault-server-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static TcpFaultServer start(int port, Behaviour behaviour) throws IOException {
        return new TcpFaultServer(port, behaviour);
    }

    public static TcpFaultServer start(Behaviour behaviour) throws IOException {
        return new TcpFaultServer(0, behaviour);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Accepts and never sends a byte; keeps the connection open until the server closes. */
    public static Behaviour silent() {
        return c -> { };
    }

    /** Accepts, then closes at once (FIN). */
    public static Behaviour acceptThenClose() {
        return Socket::close;
    }

    /** Accepts, waits, then closes (FIN). */
    public static Behaviour acceptThenClose(long afterMillis) {
        return c -> {
            Thread.sleep(afterMillis);
            c.close();
        };
    }

    /** Accepts, waits, then resets (RST: SO_LINGER 0 and close). */
    public static Behaviour acceptThenReset(long afterMillis) {
        return c -> {
            Thread.sleep(afterMillis);
            c.setSoLinger(true, 0);
            c.close();
        };
    }

    /** Echoes every byte until the peer closes its side, then closes. */
    public static Behaviour echo() {
        return c -> {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                out.flush();
            }
            c.close();
        };
    }

    /** Sends the bytes, then stays silent with the connection open. */
    public static Behaviour sendThenStall(byte[] bytes) {
        return c -> c.getOutputStream().write(bytes);
    }

    /** Waits, sends the bytes and keeps the connection open. */
    public static Behaviour sendThenStall(long afterMillis, byte[] bytes) {
        return c -> {
            Thread.sleep(afterMillis);
            c.getOutputStream().write(bytes);
        };
    }

    /**
     * Reads a request head, answers with the bytes as they are, and closes (FIN) 200 ms later: a
     * client that keeps the connection for its next request (a redirect's) always finds it open and
     * then closed, never in a race with the FIN.
     */
    public static Behaviour replyThenClose(byte[] response) {
        return c -> {
            readRequestHead(c.getInputStream());
            OutputStream out = c.getOutputStream();
            out.write(response);
            out.flush();
            Thread.sleep(200);
            c.close();
        };
    }

    /** Sends the bytes, then closes. */
    public static Behaviour sendThenClose(byte[] bytes) {
        return c -> {
            c.getOutputStream().write(bytes);
            c.close();
        };
    }

    /** Sends one chunk every interval, count times, then closes. */
    public static Behaviour drip(byte[] chunk, long intervalMillis, int count) {
        return c -> {
            OutputStream out = c.getOutputStream();
            for (int i = 0; i < count; i++) {
                out.write(chunk);
                out.flush();
                Thread.sleep(intervalMillis);
            }
            c.close();
        };
    }

    /**
     * An HTTP server by script: reads the request head, then sends status line, headers and body,
     * stalling (connection open, nothing sent) after stallAfterBytes bytes of the response if >= 0.
     */
    public static Behaviour http(int status, String reason, List<String> headers, byte[] body, int stallAfterBytes) {
        return c -> {
            readRequestHead(c.getInputStream());
            StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason + "\r\n");
            for (String h : headers) {
                head.append(h).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] response = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, response, 0, headBytes.length);
            System.arraycopy(body, 0, response, headBytes.length, body.length);
            OutputStream out = c.getOutputStream();
            if (stallAfterBytes >= 0 && stallAfterBytes < response.length) {
                out.write(response, 0, stallAfterBytes);
                out.flush();
                return;
            }
            out.write(response);
            out.flush();
            c.close();
        };
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int state = 0;
        int b;
        while ((b = in.read()) >= 0) {
            state = (b == '\r' && (state == 0 || state == 2)) ? state + 1
                    : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
            if (state == 4) {
                return;
            }
        }
    }

    private void acceptLoop(Behaviour behaviour) {
        while (!server.isClosed()) {
            Socket c;
            try {
                c = server.accept();
            } catch (IOException e) {
                return;
            }
            open.add(c);
            Thread t = new Thread(() -> {
                try {
                    behaviour.serve(c);
                } catch (IOException | InterruptedException e) {
                    // the peer went away: nothing to serve
                }
            }, "fault-conn");
            t.setDaemon(true);
            t.start();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
