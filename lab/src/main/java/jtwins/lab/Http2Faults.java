package jtwins.lab;

import static jtwins.curl.http2.Http2Frames.*;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import jtwins.curl.http2.HpackDecoder;
import jtwins.curl.http2.HpackEncoder;
import jtwins.curl.http2.Http2Frames;

/**
 * HTTP/2 servers for the curl rows: over TLS with ALPN h2, or in the clear, where a connection that
 * opens with the preface is HTTP/2 from its first byte (--http2-prior-knowledge) and an HTTP/1.1
 * request is answered with 101 when it asks for Upgrade: h2c, or with a plain 200 when it does not.
 * Each request is answered in one chosen way: its own decoded fields as the body (so a row compares
 * what two clients sent, whatever their HPACK bytes), a stream reset, a body that stalls or is cut
 * short. The server grants window as it reads, so uploads larger than a window go through.
 */
final class Http2Faults {
    /** How a stream is answered. */
    enum Answer { ECHO, RESET, STALL, CUT }

    private static final int PREFACE_LENGTH = Http2Frames.preface().length;

    private Http2Faults() {
    }

    static TcpFaultServer.Behaviour tls(Answer answer) throws IOException {
        javax.net.ssl.SSLContext context = TlsFaults.serverContext();
        return c -> {
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(c, null, c.getPort(), true);
            tls.setUseClientMode(false);
            SSLParameters p = tls.getSSLParameters();
            p.setApplicationProtocols(new String[] {"h2", "http/1.1"});
            tls.setSSLParameters(p);
            tls.startHandshake();
            DataInputStream in = new DataInputStream(tls.getInputStream());
            in.readFully(new byte[PREFACE_LENGTH]);
            serve(in, tls.getOutputStream(), answer, null);
        };
    }

    static TcpFaultServer.Behaviour cleartext(Answer answer) {
        return c -> {
            DataInputStream in = new DataInputStream(c.getInputStream());
            OutputStream out = c.getOutputStream();
            byte[] first = new byte[PREFACE_LENGTH];
            in.readFully(first, 0, 3);
            if (first[0] == 'P' && first[1] == 'R' && first[2] == 'I') {
                in.readFully(first, 3, first.length - 3);
                serve(in, out, answer, null);
                return;
            }
            String head = new String(first, 0, 3, StandardCharsets.ISO_8859_1) + readHead(in);
            if (!head.toLowerCase(Locale.ROOT).contains("\r\nupgrade: h2c\r\n")) {
                String body = "HTTP/1.1 request\n";
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                c.close();
                return;
            }
            out.write("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            in.readFully(new byte[PREFACE_LENGTH]);
            serve(in, out, answer, head);
        };
    }

    /** An HTTP proxy that grants any CONNECT, then is the cleartext server itself at the tunnel's end. */
    static TcpFaultServer.Behaviour behindConnect(Answer answer) {
        TcpFaultServer.Behaviour server = cleartext(answer);
        return c -> {
            readHead(c.getInputStream());
            c.getOutputStream().write("HTTP/1.1 200 Mighty fine\r\nX-Proxy: lab\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            server.serve(c);
        };
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            s.append((char) b);
            if (s.length() >= 4 && s.substring(s.length() - 4).equals("\r\n\r\n")) {
                return s.toString();
            }
        }
        throw new EOFException("the request head was cut short");
    }

    /** The connection after the preface: SETTINGS, then each stream answered; upgraded is stream 1's HTTP/1.1 head. */
    private static void serve(DataInputStream in, OutputStream out, Answer answer, String upgraded)
            throws IOException, InterruptedException {
        frame(out, SETTINGS, 0, 0, new byte[0]);
        HpackDecoder decoder = new HpackDecoder();
        if (upgraded != null) {
            answer(out, 1, answer, "upgraded: " + upgraded.split("\r\n")[0] + "\n");
        }
        StringBuilder fields = new StringBuilder();
        long bodyBytes = 0;
        while (true) {
            int length;
            try {
                length = in.readUnsignedByte() << 16 | in.readUnsignedShort();
            } catch (EOFException closed) {
                return;
            }
            int type = in.readUnsignedByte();
            int flags = in.readUnsignedByte();
            int stream = in.readInt() & 0x7fffffff;
            byte[] payload = new byte[length];
            in.readFully(payload);
            switch (type) {
                case SETTINGS -> {
                    if ((flags & ACK) == 0) {
                        frame(out, SETTINGS, ACK, 0, new byte[0]);
                    }
                }
                case HEADERS -> {
                    fields.setLength(0);
                    bodyBytes = 0;
                    try {
                        for (String[] f : decoder.decode(payload)) {
                            fields.append(f[0]).append(": ").append(f[1]).append('\n');
                        }
                    } catch (HpackDecoder.CompressionError e) {
                        throw new IOException(e.getMessage());
                    }
                    if ((flags & END_STREAM) != 0) {
                        answer(out, stream, answer, fields.toString());
                    }
                }
                case DATA -> {
                    bodyBytes += length;
                    if (length > 0) {
                        // the window back as it is read: an upload larger than 64 KiB goes on
                        frame(out, WINDOW_UPDATE, 0, 0, ByteBuffer.allocate(4).putInt(length).array());
                        frame(out, WINDOW_UPDATE, 0, stream, ByteBuffer.allocate(4).putInt(length).array());
                    }
                    if ((flags & END_STREAM) != 0) {
                        answer(out, stream, answer, fields + "body-bytes: " + bodyBytes + "\n");
                    }
                }
                case GOAWAY -> {
                    return;
                }
                default -> {
                    // PING, WINDOW_UPDATE, PRIORITY: nothing a row looks at
                }
            }
        }
    }

    private static void answer(OutputStream out, int stream, Answer answer, String text)
            throws IOException, InterruptedException {
        byte[] body = text.getBytes(StandardCharsets.ISO_8859_1);
        if (answer == Answer.RESET) {
            frame(out, RST_STREAM, 0, stream, ByteBuffer.allocate(4).putInt(PROTOCOL_ERROR).array());
            return;
        }
        byte[] head = new HpackEncoder().field(":status", "200").field("content-type", "text/plain")
                .field("content-length", Integer.toString(body.length)).field("x-lab", "h2").block();
        frame(out, HEADERS, END_HEADERS, stream, head);
        switch (answer) {
            case ECHO -> frame(out, DATA, END_STREAM, stream, body);
            case STALL -> {
                frame(out, DATA, 0, stream, java.util.Arrays.copyOf(body, body.length / 2));
                Thread.sleep(60_000);
            }
            case CUT -> {
                frame(out, DATA, 0, stream, java.util.Arrays.copyOf(body, body.length / 2));
                out.close();
                throw new EOFException("cut short on purpose");
            }
            default -> throw new IllegalStateException(answer.name());
        }
    }

    private static void frame(OutputStream out, int type, int flags, int stream, byte[] payload) throws IOException {
        out.write(Http2Frames.frame(type, flags, stream, payload).array());
        out.flush();
    }
}
