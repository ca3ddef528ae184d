package jtwins.rsync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jtwins.common.Errno;

/**
 * RSYNC_PROXY: "[USER:PASS@]HOST:PORT" (open_socket_out() reads it), and establish_proxy_connection()
 * on each connected proxy address: "CONNECT host:port HTTP/1.0", a 2xx status line, the header thrown
 * away. All blocking, without a timer: rsync disarms --contimeout's alarm before it, so a proxy that
 * never answers keeps rsync waiting, and the twin too.
 */
final class HttpConnectProxy {
    /** rsync's line buffer: PROXY_BUF_SIZE, a line may hold one byte less. */
    private static final int LINE = 1024;

    final String host;
    final String port;
    private final String user;
    private final String password;

    private HttpConnectProxy(String host, String port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** The proxy RSYNC_PROXY names; null when unset or empty. An invalid one is reported, then code 10. */
    static HttpConnectProxy fromEnvironment(PrintStream err) throws RsyncError {
        String value = System.getenv("RSYNC_PROXY");
        if (value == null || value.isEmpty()) {
            return null;
        }
        // strlcpy() into a 1024-byte buffer
        String spec = value.length() > LINE - 1 ? value.substring(0, LINE - 1) : value;
        String user = null;
        String password = null;
        int at = spec.lastIndexOf('@');
        if (at >= 0) {
            String credentials = spec.substring(0, at);
            int colon = credentials.indexOf(':');
            if (colon < 0) {
                err.println("invalid proxy specification: should be USER:PASS@HOST:PORT");
                throw RsyncError.socketIo();
            }
            user = credentials.substring(0, colon);
            password = credentials.substring(colon + 1);
            spec = spec.substring(at + 1);
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            err.println("invalid proxy specification: should be HOST:PORT");
            throw RsyncError.socketIo();
        }
        // the port is copied into a 10-byte buffer
        String port = spec.substring(colon + 1);
        return new HttpConnectProxy(spec.substring(0, colon), port.length() > 9 ? port.substring(0, 9) : port,
                user, password);
    }

    /** The CONNECT exchange on a connected proxy address; false (said on err) to try the next address. */
    boolean establish(SocketChannel channel, String targetHost, int targetPort, PrintStream err) throws IOException {
        for (int i = 0; i < targetHost.length(); i++) {
            char c = targetHost.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                err.println("invalid control character in proxy CONNECT host");
                return false;
            }
        }
        String auth = user != null ? "\r\nProxy-Authorization: Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.ISO_8859_1)) : "";
        String request = "CONNECT " + targetHost + ":" + targetPort + " HTTP/1.0" + auth + "\r\n\r\n";
        if (request.length() >= LINE) {
            err.println("proxy CONNECT request too long");
            return false;
        }
        channel.configureBlocking(true);
        try {
            ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1));
            while (out.hasRemaining()) {
                channel.write(out);
            }
        } catch (IOException e) {
            Errno errno = Errno.of(e);
            err.println("rsync: [Receiver] failed to write to proxy: " + errno.text() + " (" + errno.number() + ")");
            return false;
        }
        String status = line(channel, err, "proxy response line too long");
        if (status == null) {
            return false;
        }
        int at = 5;
        while (at < status.length() && (Character.isDigit(status.charAt(at)) || status.charAt(at) == '.')) {
            at++;
        }
        while (at < status.length() && status.charAt(at) == ' ') {
            at++;
        }
        if (!status.startsWith("HTTP/") || at >= status.length() || status.charAt(at) != '2') {
            err.println("bad response from proxy -- " + status);
            return false;
        }
        while (true) {
            String header = line(channel, err, "proxy response header line too long");
            if (header == null) {
                return false;
            }
            if (header.isEmpty()) {
                return true;
            }
        }
    }

    /**
     * One line read a byte at a time, so nothing of the daemon's stream is read ahead; its "\r\n" or
     * "\n" cut off, as rsync compares it. A stream that ends reports the errno rsync still holds from
     * its non-blocking connect(): EINPROGRESS.
     */
    private static String line(SocketChannel channel, PrintStream err, String tooLong) throws IOException {
        StringBuilder s = new StringBuilder();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (s.length() < LINE - 1) {
            one.clear();
            int n;
            try {
                n = channel.read(one);
            } catch (IOException e) {
                Errno errno = Errno.of(e);
                err.println("rsync: [Receiver] failed to read from proxy: " + errno.text() + " (" + errno.number() + ")");
                return null;
            }
            if (n < 0) {
                err.println("rsync: [Receiver] failed to read from proxy: " + Errno.EINPROGRESS.text() + " ("
                        + Errno.EINPROGRESS.number() + ")");
                return null;
            }
            char c = (char) (one.get(0) & 0xff);
            if (c == '\n') {
                int end = s.length();
                return end > 0 && s.charAt(end - 1) == '\r' ? s.substring(0, end - 1) : s.toString();
            }
            s.append(c);
        }
        err.println(tooLong);
        return null;
    }
}
