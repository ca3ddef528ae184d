package jtwins.mysql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * mysql_real_connect() after the socket is up (libmariadb/mariadb_lib.c, plugins/auth/my_auth.c):
 * the greeting, bounded by the connect timeout; the login packet with the answer of the plugin the
 * server named; then plugin switches and the server's verdict, still bounded by the connect timeout.
 */
final class Login {
    private static final String GREETING = "handshake: reading initial communication packet";
    private static final String AUTHORIZATION = "reading authorization packet";
    private static final long CLIENT_FLAGS = 0x1 | 0x4 | Greeting.CLIENT_PROTOCOL_41 | 0x2000
            | Greeting.CLIENT_SECURE_CONNECTION | 0x20000 | 0x40000 | Greeting.CLIENT_PLUGIN_AUTH | 0x200000;
    private static final int UTF8MB4_GENERAL_CI = 45;

    /** Who logs in, and the TLS asked for (the client's --ssl is on by default; --ssl-ca, if any). */
    record Credentials(String user, String password, boolean ssl, boolean verifyServerCert, String sslCa) {
    }

    private Login() {
    }

    /** @param host the host the certificate must name: "localhost" over the unix socket */
    static void run(PacketIo io, Credentials who, String host, boolean overUnixSocket) throws ClientError, IOException {
        byte[] first = read(io, GREETING);
        Greeting.Reader r = new Greeting.Reader(first);
        int protocol = r.u8();
        if (protocol == 0xff) {
            ClientError server = serverError(first);
            if (who.ssl()) {
                // with TLS wanted, an error before it is up cannot be trusted, and the client says so
                throw new ClientError(ClientError.CR_CONNECTION_ERROR, "Received error packet before completion of"
                        + " TLS handshake. The authenticity of the following error cannot be verified: "
                        + server.code() + " - " + server.getMessage());
            }
            throw server;
        }
        if (protocol < 10) {
            throw new ClientError(ClientError.CR_VERSION_ERROR,
                    "Protocol mismatch. Server Version = " + protocol + " Client Version = 10");
        }
        Greeting greeting = Greeting.parse(first);
        if (greeting.malformed()) {
            throw new ClientError(ClientError.CR_MALFORMED_PACKET, "Received malformed packet");
        }
        if (who.verifyServerCert() && (greeting.capabilities() & Greeting.CLIENT_SSL) == 0) {
            throw new ClientError(ClientError.CR_SSL_CONNECTION_ERROR,
                    "TLS/SSL error: SSL is required, but the server does not support it");
        }
        boolean tls = who.ssl() && (greeting.capabilities() & Greeting.CLIENT_SSL) != 0;
        if (tls) {
            List<byte[]> ca = TlsTransport.caEntries(who.sslCa());
            // the SSL request: the login packet's fixed part, then TLS, then the login packet itself
            io.write(fixedPart(greeting, true), "SSL request");
            io.secure(TlsTransport.handshake(io.wire(), host, ca, who.verifyServerCert()));
        }
        // run_plugin_auth(): the greeting's scramble goes to the plugin it was meant for;
        // native_password_auth_client() takes only a 20-byte scramble and its NUL, and fails before
        // the client sends a byte
        String starting = greeting.authPlugin();
        if (starting.equals(greeting.dataPlugin()) && starting.equals(AuthPlugins.NATIVE) && greeting.scrambleLength() != 21) {
            throw new ClientError(ClientError.CR_SERVER_HANDSHAKE_ERR, "Error in server handshake");
        }
        String plugin = AuthPlugins.known(starting) ? starting : AuthPlugins.NATIVE;
        AuthPlugins auth = new AuthPlugins(who.password(), tls || overUnixSocket);
        byte[] pending = null;
        if (!AuthPlugins.known(starting) && !starting.equals(Greeting.OLD_PASSWORD)) {
            // a plugin name Connector/C has no plugin for: dummy_fallback_auth_client() answers empty
            pending = dummyFallback(io, handshakeResponse(greeting, tls, who.user(), starting, new byte[0]));
        } else {
            io.write(handshakeResponse(greeting, tls, who.user(), plugin, auth.answer(plugin, greeting.scramble())),
                    "handshake response (" + plugin + ")");
        }
        while (true) {
            byte[] reply = pending != null ? pending : read(io, AUTHORIZATION);
            pending = null;
            int kind = reply.length == 0 ? 0 : reply[0] & 0xff;
            switch (kind) {
                case 0x00:
                    return;
                case 0xff:
                    throw serverError(reply);
                case 0xfe: {
                    Greeting.Reader switchTo = new Greeting.Reader(reply);
                    switchTo.u8();
                    plugin = switchTo.cString();
                    byte[] data = switchTo.bytes(Math.max(0, reply.length - plugin.length() - 2));
                    if (!AuthPlugins.known(plugin)) {
                        throw new ClientError(ClientError.CR_AUTH_PLUGIN_CANNOT_LOAD, "Plugin " + plugin
                                + " could not be loaded: not available in this twin");
                    }
                    // client_ed25519's nonce is 32 bytes that may end in a zero byte; the 20-byte scrambles
                    // of the others come with a NUL after them
                    io.write(auth.answer(plugin, plugin.equals(AuthPlugins.ED25519) ? data : trimNul(data)),
                            "auth switch answer (" + plugin + ")");
                    break;
                }
                default:
                    if (kind != 0x01 || !plugin.equals(AuthPlugins.CACHING_SHA2)) {
                        // run_plugin_auth(): after the plugin's last word the result must be OK, ERR or a
                        // switch; anything else fails the login with no error of its own, and the
                        // client reports its default with the errno of the last recv (measured: 11)
                        throw new ClientError(ClientError.CR_CONNECTION_ERROR,
                                "Can't connect to server (" + io.wire().errno() + ").");
                    }
                    byte[] next = auth.more(reply);
                    if (next != null) {
                        io.write(next, "more auth data (" + plugin + ")");
                    }
                    break;
            }
        }
    }

    /**
     * dummy_fallback_auth_client(): the login with no auth data, then up to nine more rounds of
     * reading a packet and answering it empty. A switch request goes back to the caller; an error
     * packet is the server's error; a read that fails keeps ma_net_safe_read()'s own words, "during
     * query", not the "reading authorization packet" of a plugin that finished; ten rounds, the
     * client's unknown error.
     */
    private static byte[] dummyFallback(PacketIo io, byte[] login) throws ClientError, IOException {
        io.write(login, "handshake response (no auth data)");
        for (int round = 1; round < 10; round++) {
            byte[] packet;
            try {
                packet = io.read();
            } catch (IOException timedOutClosedOrReset) {
                throw new ClientError(ClientError.CR_SERVER_LOST, "Lost connection to server during query");
            }
            int kind = packet.length == 0 ? -1 : packet[0] & 0xff;
            if (kind == 0xff) {
                throw serverError(packet);
            }
            if (kind == 0xfe) {
                return packet;
            }
            io.write(new byte[0], "an empty auth answer");
        }
        throw new ClientError(ClientError.CR_UNKNOWN_ERROR, "Unknown MySQL error");
    }

    private static byte[] read(PacketIo io, String where) throws ClientError, IOException {
        try {
            return io.read();
        } catch (IOException timedOutClosedOrReset) {
            // a timeout, an end of stream and a reset all read as the client's errno at that moment
            throw ClientError.lost(where, io.wire().errno());
        }
    }

    /** An ERR packet: its code, and its message without the "#" and SQL state. */
    static ClientError serverError(byte[] packet) {
        Greeting.Reader r = new Greeting.Reader(packet);
        r.u8();
        int code = r.u16();
        String message = r.rest();
        if (message.startsWith("#") && message.length() >= 6) {
            message = message.substring(6);
        }
        return new ClientError(code, message);
    }

    private static byte[] trimNul(byte[] data) {
        if (data.length > 0 && data[data.length - 1] == 0) {
            byte[] t = new byte[data.length - 1];
            System.arraycopy(data, 0, t, 0, t.length);
            return t;
        }
        return data;
    }

    private static long flags(Greeting greeting, boolean tls) {
        return CLIENT_FLAGS & (greeting.capabilities() | 0x1) | (tls ? Greeting.CLIENT_SSL : 0);
    }

    /** Capabilities, maximum packet size, character set and the reserved bytes. */
    private static byte[] fixedPart(Greeting greeting, boolean tls) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        le32(out, flags(greeting, tls));
        le32(out, 0x01000000L);
        out.write(UTF8MB4_GENERAL_CI);
        out.writeBytes(new byte[23]);
        return out.toByteArray();
    }

    private static byte[] handshakeResponse(Greeting greeting, boolean tls, String user, String plugin, byte[] answer) {
        long flags = flags(greeting, tls);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(fixedPart(greeting, tls));
        out.writeBytes(user.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        if ((flags & 0x200000) != 0 || (flags & Greeting.CLIENT_SECURE_CONNECTION) != 0) {
            out.write(answer.length);
            out.writeBytes(answer);
        } else {
            out.writeBytes(answer);
            out.write(0);
        }
        if ((flags & Greeting.CLIENT_PLUGIN_AUTH) != 0) {
            out.writeBytes(plugin.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        return out.toByteArray();
    }

    private static void le32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }
}
