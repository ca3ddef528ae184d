package jtwins.nc;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jtwins.common.Deadline;
import jtwins.common.Errno;
import jtwins.common.Failure;
import jtwins.common.process.Readpassphrase;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.NumericAddress;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;

/**
 * socks.c's socks_connect() on a socket already connected to the proxy: SOCKS5 (no authentication;
 * the host as an address when numeric, else as a name), SOCKS4 (the host resolved here, IPv4), or
 * HTTP CONNECT (with -P, Basic authentication after a 407). Every read is atomicio()'s: blocking,
 * with no timer at all, so a proxy that accepts and says nothing holds nc forever, -w or not.
 */
final class SocksConnect {
    private static final int HTTP_MAXHDRS = 64;

    private SocksConnect() {
    }

    /** Thrown by the HTTP path when a 407 asks for the proxy password: connect to the proxy again. */
    static final class AuthenticationRequired extends Exception {
        private static final long serialVersionUID = 1L;

        AuthenticationRequired() {
            super(null, null, false, false);
        }
    }

    static void handshake(SocketChannel proxy, String host, int port, String protocol, String proxyUser,
                          String proxyHost, int authRetry, Resolver resolver) throws AuthenticationRequired {
        try {
            proxy.configureBlocking(true);
            switch (protocol) {
                case "5" -> socks5(proxy, host, port);
                case "4" -> socks4(proxy, host, port, resolver);
                default -> httpConnect(proxy, host, port, proxyUser, proxyHost, authRetry);
            }
        } catch (IOException e) {
            throw Failure.err(1, Errno.of(e), null);
        }
    }

    private static void socks5(SocketChannel proxy, String host, int port) throws IOException {
        InetAddress numeric = NumericAddress.parse(host);
        write(proxy, new byte[] {5, 1, 0});
        byte[] reply = read(proxy, 2, "read failed (%d/3)");
        if ((reply[1] & 0xff) == 0xff) {
            throw Failure.errx(1, "authentication method negotiation failed");
        }
        ByteBuffer request = ByteBuffer.allocate(262);
        request.put((byte) 5).put((byte) 1).put((byte) 0);
        if (numeric == null) {
            byte[] name = host.getBytes(StandardCharsets.ISO_8859_1);
            if (name.length > 255) {
                throw Failure.errx(1, "host name too long for SOCKS5");
            }
            request.put((byte) 3).put((byte) name.length).put(name);
        } else {
            request.put((byte) (numeric instanceof Inet6Address ? 4 : 1)).put(numeric.getAddress());
        }
        request.putShort((short) port);
        request.flip();
        byte[] out = new byte[request.remaining()];
        request.get(out);
        write(proxy, out);
        byte[] head = read(proxy, 4, "read failed (%d/4)");
        if (head[1] != 0) {
            throw Failure.errx(1, "connection failed, SOCKSv5 error: " + socks5Error(head[1] & 0xff));
        }
        switch (head[3]) {
            case 1 -> read(proxy, 6, "read failed (%d/6)");
            case 4 -> read(proxy, 18, "read failed (%d/18)");
            default -> throw Failure.errx(1, "connection failed, unsupported address type");
        }
    }

    private static void socks4(SocketChannel proxy, String host, int port, Resolver resolver) throws IOException {
        InetAddress address;
        try {
            // decode_addrport(v4only, not numeric): a lookup failure ends nc here
            address = resolver.resolve(host, AddressFamily.INET, false, Deadline.NONE).get(0);
        } catch (ResolveException e) {
            throw Failure.errx(1, "getaddrinfo(\"" + clip(host) + "\", \"" + port + "\"): " + e.error().text());
        }
        ByteBuffer request = ByteBuffer.allocate(9);
        request.put((byte) 4).put((byte) 1).putShort((short) port).put(address.getAddress()).put((byte) 0);
        write(proxy, request.array());
        byte[] reply = read(proxy, 8, "read failed (%d/8)");
        if ((reply[1] & 0xff) != 90) {
            throw Failure.errx(1, "connection failed, SOCKSv4 error: " + socks4Error(reply[1] & 0xff));
        }
    }

    private static void httpConnect(SocketChannel proxy, String host, int port, String proxyUser, String proxyHost,
                                    int authRetry) throws IOException, AuthenticationRequired {
        // Debian's nc lets a ':' through (measured: an IPv6 literal goes out as CONNECT [addr]:port)
        for (char c : "\r\n\t []".toCharArray()) {
            if (host.indexOf(c) >= 0) {
                throw Failure.errx(1, "Invalid hostname");
            }
        }
        String target = host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
        write(proxy, ("CONNECT " + target + " HTTP/1.0\r\n").getBytes(StandardCharsets.ISO_8859_1));
        if (authRetry > 1) {
            byte[] password = Readpassphrase.read("Proxy password for " + proxyUser + "@" + proxyHost + ": ", 256);
            if (password == null) {
                throw Failure.errx(1, "Unable to read proxy passphrase");
            }
            String credentials = proxyUser + ":" + new String(password, StandardCharsets.ISO_8859_1);
            String header = "Proxy-Authorization: Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.ISO_8859_1)) + "\r\n";
            write(proxy, header.getBytes(StandardCharsets.ISO_8859_1));
        }
        write(proxy, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String status = readLine(proxy);
        if (proxyUser != null && (status.startsWith("HTTP/1.0 407 ") || status.startsWith("HTTP/1.1 407 "))) {
            if (authRetry > 1) {
                System.err.println("Proxy authentication failed");
            }
            throw new AuthenticationRequired();
        }
        if (!status.startsWith("HTTP/1.0 200 ") && !status.startsWith("HTTP/1.1 200 ")) {
            throw Failure.errx(1, "Proxy error: \"" + status + "\"");
        }
        String line = status;
        for (int i = 0; i < HTTP_MAXHDRS; i++) {
            line = readLine(proxy);
            if (line.isEmpty()) {
                break;
            }
        }
        if (!line.isEmpty()) {
            throw Failure.errx(1, "Too many proxy headers received");
        }
    }

    /** atomicio(vwrite): all of it, or err(1, "write failed (n/len)"). */
    private static void write(SocketChannel proxy, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            while (b.hasRemaining()) {
                proxy.write(b);
            }
        } catch (IOException e) {
            throw Failure.err(1, Errno.of(e), "write failed (" + b.position() + "/" + bytes.length + ")");
        }
    }

    /** atomicio(read): exactly n bytes; end of stream is EPIPE ("Broken pipe"), as atomicio sets it. */
    private static byte[] read(SocketChannel proxy, int n, String format) {
        ByteBuffer b = ByteBuffer.allocate(n);
        try {
            while (b.hasRemaining()) {
                if (proxy.read(b) < 0) {
                    throw Failure.err(1, Errno.EPIPE, String.format(format, b.position()));
                }
            }
        } catch (IOException e) {
            throw Failure.err(1, Errno.of(e), String.format(format, b.position()));
        }
        return b.array();
    }

    /** proxy_read_line(): a byte at a time, CRs skipped, up to the newline; 1024 bytes at most. */
    private static String readLine(SocketChannel proxy) {
        StringBuilder line = new StringBuilder();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (true) {
            if (line.length() >= 1024) {
                throw Failure.errx(1, "proxy read too long");
            }
            one.clear();
            try {
                if (proxy.read(one) < 0) {
                    throw Failure.err(1, Errno.EPIPE, "proxy read");
                }
            } catch (IOException e) {
                throw Failure.err(1, Errno.of(e), "proxy read");
            }
            char c = (char) (one.get(0) & 0xff);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                return line.toString();
            }
            line.append(c);
        }
    }

    private static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    private static String socks4Error(int e) {
        return switch (e) {
            case 90 -> "Succeeded";
            case 91 -> "Request rejected or failed";
            case 92 -> "SOCKS server cannot connect to identd on the client";
            case 93 -> "Client program and identd report different user-ids";
            default -> "Unknown error";
        };
    }

    private static String socks5Error(int e) {
        return switch (e) {
            case 0 -> "Succeeded";
            case 1 -> "General SOCKS server failure";
            case 2 -> "Connection not allowed by ruleset";
            case 3 -> "Network unreachable";
            case 4 -> "Host unreachable";
            case 5 -> "Connection refused";
            case 6 -> "TTL expired";
            case 7 -> "Command not supported";
            case 8 -> "Address type not supported";
            default -> "Unknown error";
        };
    }
}
