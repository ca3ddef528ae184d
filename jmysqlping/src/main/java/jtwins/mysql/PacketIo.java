package jtwins.mysql;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import jtwins.common.trace.ProtocolTurns;

/**
 * The client/server protocol's framing: a 3-byte little-endian length, a sequence number, the
 * payload. Reads buffer what the socket has, as Connector/C's net buffer does, so a reply that
 * arrives in one piece costs one recv().
 */
final class PacketIo {
    private final Wire wire;
    private Transport transport;
    private final ByteBuffer in = ByteBuffer.allocate(16384);
    private int sequence;
    /**
     * Until the login is over the client takes no packet of 1 MiB or more (Connector/C 3.3 as in
     * 10.11.19): a header claiming one ends the read at once, with errno as it stands, where 10.11.18
     * waited for the bytes until its timeout. A text banner read as a header ("hel" is 7 MB) so fails at once.
     */
    private int largestPacket = 0xfffff;
    private final ProtocolTurns turns = new ProtocolTurns();

    PacketIo(Wire wire) {
        this.wire = wire;
        this.transport = wire;
        in.flip();
    }

    /** From now on through TLS (the wire's timeouts and errno still apply underneath). */
    void secure(Transport tls) {
        this.transport = tls;
    }

    Wire wire() {
        return wire;
    }

    /** The next packet's payload; EOFException when the server closes first. */
    byte[] read() throws IOException {
        byte[] header = new byte[4];
        fill(header);
        int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
        if (length > largestPacket) {
            throw new EOFException();
        }
        sequence = (header[3] & 0xff) + 1;
        byte[] payload = new byte[length];
        fill(payload);
        return payload;
    }

    /** One packet, what naming the client's turn for a trace (a turn is named by its first packet). */
    void write(byte[] payload, String what) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(4 + payload.length);
        out.put((byte) payload.length).put((byte) (payload.length >>> 8)).put((byte) (payload.length >>> 16));
        out.put((byte) sequence++);
        out.put(payload).flip();
        transport.write(out);
        turns.sent(what);
    }

    /** Logged in: packets up to the protocol's largest (16 MiB - 1) are taken. */
    void loggedIn() {
        largestPacket = 0xffffff;
    }

    /** A command starts a new exchange at sequence 0. */
    void resetSequence() {
        sequence = 0;
    }

    private void fill(byte[] dst) throws IOException {
        int done = 0;
        while (done < dst.length) {
            if (!in.hasRemaining()) {
                in.clear();
                long began = System.nanoTime();
                int n = transport.read(in);
                in.flip();
                if (n < 0) {
                    throw new EOFException();
                }
                turns.heard(began);
            }
            int take = Math.min(in.remaining(), dst.length - done);
            in.get(dst, done, take);
            done += take;
        }
    }
}
