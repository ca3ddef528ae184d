package jtwins.curl;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jtwins.common.Errno;
import jtwins.common.resolver.AddressText;
import jtwins.common.resolver.NumericAddress;

/**
 * lib/socks.c: the handshake on a connection to a SOCKS proxy, inside the connect clock. SOCKS4
 * resolves the host here (IPv4 only), SOCKS4a sends the name; SOCKS5 offers "no authentication" and
 * user/password when the proxy URL has a user, then CONNECT with an address resolved here (socks5)
 * or the name (socks5h). A refusal or a broken reply is curl's CURLE_PROXY, 97.
 */
final class SocksHandshake {
    /** The SOCKS flavours (CURLPROXY_SOCKS4, SOCKS4A, SOCKS5, SOCKS5_HOSTNAME). */
    enum Version { SOCKS4, SOCKS4A, SOCKS5, SOCKS5H }

    private final Wire wire;
    private final DebugTrace verbose;
    private final DnsCache dns;

    private SocksHandshake(Wire wire, DebugTrace verbose, DnsCache dns) {
        this.dns = dns;
        this.wire = wire;
        this.verbose = verbose;
    }

    /** The flavour a proxy scheme names (parse_proxy()); null for one that is not SOCKS. */
    static Version of(String scheme) {
        return switch (scheme) {
            case "socks", "socks4" -> Version.SOCKS4;
            case "socks4a" -> Version.SOCKS4A;
            case "socks5" -> Version.SOCKS5;
            case "socks5h" -> Version.SOCKS5H;
            default -> null;
        };
    }

    static void run(Wire wire, Version version, String user, String password, String host, int port,
                    CurlConfig config, TransferPulse pulse, DebugTrace verbose, DnsCache dns)
            throws IOException, TransferFailed {
        SocksHandshake h = new SocksHandshake(wire, verbose, dns);
        if (version == Version.SOCKS4 || version == Version.SOCKS4A) {
            h.socks4(version == Version.SOCKS4A, user, host, port, config, pulse);
        } else {
            h.socks5(version == Version.SOCKS5H, user, password, host, port, config, pulse);
        }
    }

    private void socks4(boolean nameSent, String user, String host, int port, CurlConfig config, TransferPulse pulse)
            throws IOException, TransferFailed {
        verbose.info("SOCKS4 communication to " + host + ":" + port);
        ByteBuffer req = ByteBuffer.allocate(600);
        req.put((byte) 4).put((byte) 1).putShort((short) port);
        if (nameSent) {
            req.put(new byte[] {0, 0, 0, 1});
        } else {
            InetAddress ipv4 = null;
            try {
                for (InetAddress a : NameLookup.lookup(host, port, config, pulse, dns, verbose)) {
                    if (a instanceof Inet4Address) {
                        ipv4 = a;
                        break;
                    }
                }
            } catch (TransferFailed f) {
                throw proxyError("Failed to resolve \"" + host + "\" for SOCKS4 connect.");
            }
            if (ipv4 == null) {
                throw proxyError("SOCKS4 connection to " + host + " not supported");
            }
            verbose.info("SOCKS4 connect to IPv4 " + AddressText.of(ipv4) + " (locally resolved)");
            req.put(ipv4.getAddress());
        }
        if (user != null) {
            byte[] u = user.getBytes(StandardCharsets.ISO_8859_1);
            if (u.length >= 102400 - 8) {
                throw proxyError("Too long SOCKS proxy user name, can't use");
            }
            req.put(u);
        }
        req.put((byte) 0);
        if (nameSent) {
            byte[] name = host.getBytes(StandardCharsets.ISO_8859_1);
            if (name.length + 1 > 255) {
                throw proxyError("SOCKS4: too long host name");
            }
            req.put(name).put((byte) 0);
        }
        send(req, "SOCKS4 connect request");
        byte[] r = receive(8, "SOCKS4: Failed receiving connect request ack");
        if (r[0] != 0) {
            throw proxyError("SOCKS4 reply has wrong version, version should be 0.");
        }
        int code = r[1] & 0xff;
        String to = (r[4] & 0xff) + "." + (r[5] & 0xff) + "." + (r[6] & 0xff) + "." + (r[7] & 0xff) + ":"
                + (((r[2] & 0xff) << 8) | (r[3] & 0xff));
        switch (code) {
            case 90 -> verbose.info("SOCKS4" + (nameSent ? "a" : "") + " request granted.");
            case 91 -> throw proxyError("Can't complete SOCKS4 connection to " + to + ". (91), request rejected or failed.");
            case 92 -> throw proxyError("Can't complete SOCKS4 connection to " + to + ". (92), request rejected because "
                    + "SOCKS server cannot connect to identd on the client.");
            case 93 -> throw proxyError("Can't complete SOCKS4 connection to " + to + ". (93), request rejected because "
                    + "the client program and identd report different user-ids.");
            default -> throw proxyError("Can't complete SOCKS4 connection to " + to + ". (" + code + "), Unknown.");
        }
    }

    private void socks5(boolean nameSent, String user, String password, String host, int port, CurlConfig config,
                        TransferPulse pulse) throws IOException, TransferFailed {
        boolean remote = nameSent;
        if (remote && host.length() > 255) {
            verbose.info("SOCKS5: server resolving disabled for hostnames of length > 255 [actual len="
                    + host.length() + "]");
            remote = false;
        }
        ByteBuffer hello = ByteBuffer.allocate(4);
        hello.put((byte) 5).put((byte) (user != null ? 2 : 1)).put((byte) 0);
        if (user != null) {
            hello.put((byte) 2);
        }
        send(hello, "initial SOCKS5 request");
        byte[] r = receive(2, "SOCKS4: Failed receiving initial SOCKS5 response");
        if (r[0] != 5) {
            throw proxyError("Received invalid version in initial SOCKS5 response.");
        }
        if (r[1] == 2) {
            byte[] u = user == null ? new byte[0] : user.getBytes(StandardCharsets.ISO_8859_1);
            byte[] p = password == null ? new byte[0] : password.getBytes(StandardCharsets.ISO_8859_1);
            if (u.length > 255) {
                throw proxyError("Excessive user name length for proxy auth");
            }
            if (p.length > 255) {
                throw proxyError("Excessive password length for proxy auth");
            }
            ByteBuffer auth = ByteBuffer.allocate(3 + u.length + p.length);
            auth.put((byte) 1).put((byte) u.length).put(u).put((byte) p.length).put(p);
            send(auth, "SOCKS5 sub-negotiation request");
            byte[] a = receive(2, "SOCKS4: Failed receiving SOCKS5 sub-negotiation response");
            if (a[1] != 0) {
                throw proxyError("User was rejected by the SOCKS5 server (" + (a[0] & 0xff) + " " + (a[1] & 0xff) + ").");
            }
        } else if (r[1] == (byte) 0xff) {
            throw proxyError("No authentication method was acceptable.");
        } else if (r[1] != 0) {
            throw proxyError("Undocumented SOCKS5 mode attempted to be used by server.");
        }
        ByteBuffer req = ByteBuffer.allocate(7 + 255 + 16);
        req.put((byte) 5).put((byte) 1).put((byte) 0);
        InetAddress literal = NumericAddress.parse(host);
        if (remote && literal == null) {
            byte[] name = host.getBytes(StandardCharsets.ISO_8859_1);
            req.put((byte) 3).put((byte) name.length).put(name);
            verbose.info("SOCKS5 connect to " + host + ":" + port + " (remotely resolved)");
        } else if (remote) {
            req.put((byte) (literal instanceof Inet6Address ? 4 : 1)).put(literal.getAddress());
            verbose.info("SOCKS5 connect to " + host + ":" + port + " (remotely resolved)");
        } else {
            List<InetAddress> addresses;
            try {
                addresses = NameLookup.lookup(host, port, config, pulse, dns, verbose);
            } catch (TransferFailed f) {
                throw proxyError("Failed to resolve \"" + host + "\" for SOCKS5 connect.");
            }
            InetAddress a = addresses.get(0);
            req.put((byte) (a instanceof Inet6Address ? 4 : 1)).put(a.getAddress());
            verbose.info("SOCKS5 connect to " + (a instanceof Inet6Address ? "IPv6 " : "IPv4 ") + AddressText.of(a)
                    + ":" + port + " (locally resolved)");
        }
        req.putShort((short) port);
        send(req, "SOCKS5 connect request");
        byte[] reply = receive(10, "SOCKS4: Failed receiving SOCKS5 connect request ack");
        if (reply[0] != 5) {
            throw proxyError("SOCKS5 reply has wrong version, version should be 5.");
        }
        if (reply[1] != 0) {
            throw proxyError("Can't complete SOCKS5 connection to " + host + ". (" + (reply[1] & 0xff) + ")");
        }
        int length = switch (reply[3]) {
            case 3 -> 5 + (reply[4] & 0xff) + 2;
            case 4 -> 4 + 16 + 2;
            case 1 -> 4 + 4 + 2;
            default -> throw proxyError("SOCKS5 reply has wrong address type.");
        };
        if (length > 10) {
            receive(length - 10, "SOCKS4: Failed receiving SOCKS5 connect request ack");
        }
        verbose.info("SOCKS5 request granted.");
    }

    /** socks_state_send(): cf-socket.c's "Send failure" first, then what the step was sending. */
    private void send(ByteBuffer b, String description) throws IOException, TransferFailed {
        b.flip();
        try {
            wire.write(b);
        } catch (IOException e) {
            verbose.info("Send failure: " + Errno.of(e).text());
            throw proxyError("Failed to send " + description + ": " + CurlCode.SEND_ERROR.text());
        }
    }

    /** socks_state_recv(): exactly n bytes, or "connection to proxy closed". */
    private byte[] receive(int n, String failure) throws IOException, TransferFailed {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            int got;
            try {
                got = wire.read(b);
            } catch (IOException e) {
                throw proxyError(failure + ": Failure when receiving data from the peer");
            }
            if (got < 0) {
                throw proxyError("connection to proxy closed");
            }
        }
        return b.array();
    }

    private static TransferFailed proxyError(String message) {
        return new TransferFailed(CurlCode.PROXY, message);
    }
}
