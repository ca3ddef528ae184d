package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import jtwins.common.trace.Trace;

/**
 * An mqtt:// URL (lib/mqtt.c): CONNECT (MQTT 3.1.1, clean session, keep-alive 60, a client id
 * "curl" and eight random hex digits, -u's user and password), then with -d a PUBLISH of the data
 * to the path's topic and a DISCONNECT, else a SUBSCRIBE to it, whose PUBLISH packets (topic
 * length, topic and payload, as they come) are the body until the server says DISCONNECT. The
 * steps are mqtt_doing()'s states, each turn a -v line, every packet byte a header line of the
 * trace; every wait is the transfer's, so -m ends it as multi.c ends any other.
 */
final class MqttTransfer {
    private static final int CONNECT = 0x10;
    private static final int PUBLISH = 0x30;
    private static final int SUBSCRIBE = 0x82;
    private static final int SUBACK = 0x90;
    private static final int DISCONNECT = 0xe0;

    /** enum mqttstate: the numbers "mqtt_doing: state [N]" shows. */
    private enum State { FIRST, REMAINING_LENGTH, CONNACK, SUBACK, SUBACK_COMING, PUBWAIT, PUB_REMAIN }

    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private Wire wire;
    private State state;
    private State next;
    private int firstByte;
    private long remainingLength;
    private long toRead;
    private long bytecount;
    private int packetId;

    MqttTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                 ConnectionSetup connections) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
    }

    void run(CurlUrl url, RequestScope scope, BodySink sink, HttpAuth auth, String user, String password)
            throws IOException, TransferFailed {
        info.urlEffective = url.effective();
        info.scheme = "MQTT";
        // allocate_conn() marks a connection for closing; an HTTP proxy's CONNECT marks it to be kept
        info.connectionEnds = config.proxyFor(url) == null;
        try (Wire w = connections.open(url, null, false, scope, sink, auth)) {
            wire = w;
            sendConnect(user == null ? "" : user, password == null ? "" : password);
            state = State.FIRST;
            next = State.CONNACK;
            boolean done = false;
            while (!done) {
                verbose.info("mqtt_doing: state [" + state.ordinal() + "]");
                done = doing(url, sink);
            }
        } finally {
            info.sizeDownload = bytecount;
        }
    }

    /** One call of mqtt_doing(): a state's work, falling through as the C switch does; true when done. */
    private boolean doing(CurlUrl url, BodySink sink) throws IOException, TransferFailed {
        switch (state) {
            case FIRST, REMAINING_LENGTH -> {
                if (state == State.FIRST) {
                    byte[] b = read(1);
                    if (b.length == 0) {
                        throw new TransferFailed(CurlCode.RECV_ERROR, "Connection disconnected");
                    }
                    verbose.received(text(b));
                    firstByte = b[0] & 0xff;
                    state = State.REMAINING_LENGTH;
                }
                return remainingLength();
            }
            case CONNACK -> {
                verifyConnack();
                if (config.postData != null && !config.useGet) {
                    publish(url);
                    send(new byte[] {(byte) DISCONNECT, 0});
                    return true;
                }
                subscribe(url);
                state = State.FIRST;
                next = State.SUBACK;
                return false;
            }
            default -> {
                return readPublish(sink);
            }
        }
    }

    /** MQTT_REMAINING_LENGTH: up to four bytes of seven bits each; a fourth with its high bit set is 8. */
    private boolean remainingLength() throws IOException, TransferFailed {
        byte[] got = new byte[4];
        int n = 0;
        int b;
        boolean more;
        do {
            byte[] one = read(1);
            if (one.length == 0) {
                more = false;
                b = 0;
                break;
            }
            verbose.received(text(one));
            b = one[0] & 0xff;
            got[n++] = (byte) b;
            more = (b & 0x80) != 0;
        } while (more && n < 4);
        if (more) {
            throw TransferFailed.withoutFailf(CurlCode.WEIRD_SERVER_REPLY);
        }
        long len = 0;
        long mult = 1;
        for (int i = 0; i < n; i++) {
            len += (got[i] & 127) * mult;
            mult *= 128;
            if ((got[i] & 0x80) == 0) {
                break;
            }
        }
        remainingLength = len;
        if (len != 0) {
            state = next;
            return false;
        }
        state = State.FIRST;
        next = State.FIRST;
        if (firstByte == DISCONNECT) {
            verbose.info("Got DISCONNECT");
            return true;
        }
        return false;
    }

    /** mqtt_verify_connack(): the two bytes after CONNACK's length must be 00 00. */
    private void verifyConnack() throws IOException, TransferFailed {
        byte[] b = read(2);
        verbose.received(text(b));
        if (b.length < 2) {
            throw TransferFailed.withoutFailf(CurlCode.WEIRD_SERVER_REPLY);
        }
        if (b[0] != 0 || b[1] != 0) {
            throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY,
                    String.format("Expected 0000 but got %02x%02x", b[0] & 0xff, b[1] & 0xff));
        }
    }

    /** mqtt_read_publish(): a SUBACK checked, a PUBLISH's bytes to the body, a DISCONNECT the end. */
    private boolean readPublish(BodySink sink) throws IOException, TransferFailed {
        if (state == State.SUBACK || state == State.PUBWAIT) {
            int packet = firstByte & 0xf0;
            if (packet == SUBACK) {
                state = State.SUBACK_COMING;
            } else if (packet == DISCONNECT) {
                verbose.info("Got DISCONNECT");
                return true;
            } else if (packet != PUBLISH) {
                throw TransferFailed.withoutFailf(CurlCode.WEIRD_SERVER_REPLY);
            } else {
                state = State.PUB_REMAIN;
                verbose.info("Remaining length: " + remainingLength + " bytes");
                if (config.maxFilesize > 0 && remainingLength > config.maxFilesize) {
                    throw new TransferFailed(CurlCode.FILESIZE_EXCEEDED, "Maximum file size exceeded");
                }
                pulse.meter().expectedSize(remainingLength);
                pulse.expectedSize(remainingLength);
                bytecount = 0;
                toRead = remainingLength;
            }
        }
        if (state == State.SUBACK_COMING) {
            byte[] b = read(3);
            verbose.received(text(b));
            if (b.length < 3 || (b[0] & 0xff) != ((packetId >> 8) & 0xff) || (b[1] & 0xff) != (packetId & 0xff)
                    || b[2] != 0) {
                throw TransferFailed.withoutFailf(CurlCode.WEIRD_SERVER_REPLY);
            }
            state = State.FIRST;
            next = State.PUBWAIT;
            return false;
        }
        byte[] b = read((int) Math.min(toRead, 102400));
        if (b.length == 0) {
            verbose.info("server disconnected");
            throw TransferFailed.withoutFailf(CurlCode.PARTIAL_FILE);
        }
        verbose.bodyData(ByteBuffer.wrap(b));
        toRead -= b.length;
        bytecount += b.length;
        pulse.received(bytecount);
        sink.write(b, 0, b.length);
        if (toRead == 0) {
            state = State.FIRST;
            next = State.PUBWAIT;
        }
        return false;
    }

    /** mqtt_connect(): the CONNECT packet, the user and password flags set for those given. */
    private void sendConnect(String user, String password) throws IOException, TransferFailed {
        byte[] u = user.getBytes(StandardCharsets.ISO_8859_1);
        byte[] p = password.getBytes(StandardCharsets.ISO_8859_1);
        String clientId = "curl" + String.format("%08x", ThreadLocalRandom.current().nextInt());
        int payload = u.length + p.length + 12 + 2 + (u.length > 0 ? 2 : 0) + (p.length > 0 ? 2 : 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(CONNECT);
        out.writeBytes(encodedLength(payload + 10));
        out.writeBytes(new byte[] {0, 4, 'M', 'Q', 'T', 'T', 4});
        out.write(0x02 | (u.length > 0 ? 0x80 : 0) | (p.length > 0 ? 0x40 : 0));
        out.writeBytes(new byte[] {0, 0x3c, 0, 12});
        out.writeBytes(clientId.getBytes(StandardCharsets.ISO_8859_1));
        verbose.info("Using client id '" + clientId + "'");
        if (u.length > 0) {
            if (u.length > 0xffff) {
                throw connectFailed("Username is too large: [" + u.length + "]");
            }
            out.writeBytes(new byte[] {(byte) (u.length >> 8), (byte) u.length});
            out.writeBytes(u);
        }
        if (p.length > 0) {
            if (p.length > 0xffff) {
                throw connectFailed("Password is too large: [" + p.length + "]");
            }
            out.writeBytes(new byte[] {(byte) (p.length >> 8), (byte) p.length});
            out.writeBytes(p);
        }
        send(out.toByteArray());
        Trace.listener().requestSent("MQTT CONNECT");
    }

    /** mqtt_do(): a CONNECT that could not be made is failf()'d twice, the first one shown. */
    private TransferFailed connectFailed(String why) {
        verbose.info(why);
        return TransferFailed.afterEarlierFailf(CurlCode.WEIRD_SERVER_REPLY, why,
                "Error " + CurlCode.WEIRD_SERVER_REPLY.number() + " sending MQTT CONNECT request");
    }

    /** mqtt_subscribe(): the next packet id, the topic, QoS 0. */
    private void subscribe(CurlUrl url) throws IOException, TransferFailed {
        byte[] topic = topic(url);
        packetId = (packetId + 1) & 0xffff;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(SUBSCRIBE);
        out.writeBytes(encodedLength(topic.length + 5));
        out.writeBytes(new byte[] {(byte) (packetId >> 8), (byte) packetId, (byte) (topic.length >> 8), (byte) topic.length});
        out.writeBytes(topic);
        out.write(0);
        send(out.toByteArray());
    }

    /** mqtt_publish(): the topic and -d's data as they are, QoS 0. */
    private void publish(CurlUrl url) throws IOException, TransferFailed {
        byte[] payload = config.postData.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] topic = topic(url);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(PUBLISH);
        out.writeBytes(encodedLength(payload.length + 2 + topic.length));
        out.writeBytes(new byte[] {(byte) (topic.length >> 8), (byte) topic.length});
        out.writeBytes(topic);
        out.writeBytes(payload);
        send(out.toByteArray());
    }

    /** mqtt_get_topic(): the path after its slash, URL-decoded; none is 3, one past 65535 bytes too. */
    private static byte[] topic(CurlUrl url) throws TransferFailed {
        String path = url.path();
        if (path.length() <= 1) {
            throw new TransferFailed(CurlCode.URL_MALFORMAT, "No MQTT topic found. Forgot to URL encode it?");
        }
        byte[] topic = UrlDecoding.decode(path.substring(1), UrlDecoding.Reject.NONE).getBytes(StandardCharsets.ISO_8859_1);
        if (topic.length > 0xffff) {
            throw new TransferFailed(CurlCode.URL_MALFORMAT, "Too long MQTT topic");
        }
        return topic;
    }

    /** mqtt_encode_len(): seven bits a byte, least significant first, four bytes at most. */
    private static byte[] encodedLength(long len) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4);
        for (int i = 0; len > 0 && i < 4; i++) {
            int encoded = (int) (len % 0x80);
            len /= 0x80;
            if (len > 0) {
                encoded |= 0x80;
            }
            out.write(encoded);
        }
        return out.toByteArray();
    }

    /** mqtt_send(): the packet written, then shown as a header sent. */
    private void send(byte[] packet) throws IOException, TransferFailed {
        try {
            wire.write(ByteBuffer.wrap(packet));
        } catch (IOException e) {
            throw TransferFailed.sendFailure(e);
        }
        verbose.sent(text(packet));
    }

    /** Curl_read() of up to n bytes: what is there, waiting for at least one; none at the server's end. */
    private byte[] read(int n) throws IOException, TransferFailed {
        ByteBuffer buf = ByteBuffer.allocate(n);
        int got;
        try {
            got = wire.read(buf);
        } catch (IOException e) {
            throw TransferFailed.recvFailure(e);
        }
        if (got <= 0) {
            return new byte[0];
        }
        byte[] out = new byte[got];
        buf.flip();
        buf.get(out);
        return out;
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
