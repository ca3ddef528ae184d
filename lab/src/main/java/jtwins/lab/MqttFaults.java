package jtwins.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An MQTT 3.1.1 broker on loopback for the mqtt:// rows, in one of its ways: a CONNECT is answered
 * CONNACK (or refused with return code 5); a SUBSCRIBE gets its SUBACK, then a PUBLISH on that
 * topic whose payload names what the client last published on this server (or "hello"), then a
 * DISCONNECT — or, the faults, a PUBLISH that stops after 10 of its 100 bytes (stalled or closed)
 * or whose length has four bytes with the continuation bit. A client's PUBLISH is kept.
 */
final class MqttFaults {
    enum Way { SERVING, REFUSING, STALL_PUBLISH, CUT_PUBLISH, EXCESSIVE_LENGTH }

    private MqttFaults() {
    }

    static TcpFaultServer.Behaviour serving(Way way) {
        StringBuilder lastPublished = new StringBuilder("hello");
        return c -> {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            int type;
            while ((type = in.read()) >= 0) {
                byte[] body = in.readNBytes((int) length(in));
                switch (type & 0xf0) {
                    case 0x10 -> out.write(new byte[] {0x20, 2, 0, (byte) (way == Way.REFUSING ? 5 : 0)});
                    case 0x30 -> {
                        int topicLength = ((body[0] & 0xff) << 8) | (body[1] & 0xff);
                        synchronized (lastPublished) {
                            lastPublished.setLength(0);
                            lastPublished.append(new String(body, 2 + topicLength, body.length - 2 - topicLength,
                                    StandardCharsets.ISO_8859_1));
                        }
                    }
                    case 0x80 -> {
                        out.write(new byte[] {(byte) 0x90, 3, body[0], body[1], 0});
                        int topicLength = ((body[2] & 0xff) << 8) | (body[3] & 0xff);
                        String payload;
                        synchronized (lastPublished) {
                            payload = "last published: " + lastPublished + "\n";
                        }
                        publish(c, out, way, body, topicLength, payload.getBytes(StandardCharsets.ISO_8859_1));
                        if (way != Way.SERVING) {
                            return;
                        }
                        out.write(new byte[] {(byte) 0xe0, 0});
                    }
                    case 0xe0 -> {
                        c.close();
                        return;
                    }
                    default -> {
                        c.close();
                        return;
                    }
                }
                out.flush();
            }
            c.close();
        };
    }

    private static void publish(Socket c, OutputStream out, Way way, byte[] subscribe, int topicLength, byte[] payload)
            throws IOException, InterruptedException {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(0x30);
        switch (way) {
            case STALL_PUBLISH, CUT_PUBLISH -> {
                packet.write(100);
                packet.write(subscribe, 2, Math.min(10, topicLength + 2));
                out.write(packet.toByteArray());
                out.flush();
                if (way == Way.STALL_PUBLISH) {
                    Thread.sleep(5000);
                }
                c.close();
            }
            case EXCESSIVE_LENGTH -> {
                packet.writeBytes(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x80});
                packet.write(subscribe, 2, topicLength + 2);
                packet.writeBytes(payload);
                out.write(packet.toByteArray());
                out.flush();
                Thread.sleep(200);
                c.close();
            }
            default -> {
                int length = 2 + topicLength + payload.length;
                while (true) {
                    int b = length % 128;
                    length /= 128;
                    packet.write(length > 0 ? b | 0x80 : b);
                    if (length == 0) {
                        break;
                    }
                }
                packet.write(subscribe, 2, topicLength + 2);
                packet.writeBytes(payload);
                out.write(packet.toByteArray());
            }
        }
    }

    /** The remaining length: seven bits a byte, least significant first. */
    private static long length(InputStream in) throws IOException {
        long len = 0;
        long mult = 1;
        for (int i = 0; i < 4; i++) {
            int b = in.read();
            if (b < 0) {
                return len;
            }
            len += (b & 127) * mult;
            mult *= 128;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return len;
    }
}
