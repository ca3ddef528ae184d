package jtwins.lab;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Far ends that speak some of an rsync daemon's part, then fail it. */
final class RsyncFaults {
    static final byte[] GREETING = "@RSYNCD: 32.0 sha512 sha256 sha1 md5 md4\n".getBytes(StandardCharsets.US_ASCII);
    /** A 3.5.0 daemon's compat flags (varint 0x1fe), its checksum list and a checksum seed. */
    private static final byte[] NEGOTIATION = concat(new byte[] {(byte) 0x81, (byte) 0xfe, 35},
            "xxh128 xxh3 xxh64 md5 md4 sha1 none".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 2, 3, 4});

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private RsyncFaults() {
    }

    /** Greets, reads the client's greeting and module line, answers "@RSYNCD: OK", then stalls or closes. */
    static TcpFaultServer.Behaviour okThen(boolean close) {
        return c -> {
            c.getOutputStream().write(GREETING);
            InputStream in = c.getInputStream();
            readLines(in, 2);
            c.getOutputStream().write("@RSYNCD: OK\n".getBytes(StandardCharsets.US_ASCII));
            if (close) {
                // the client's arguments are read first, so that the close is a FIN, not a reset
                readUntilEmptyArgument(in);
                c.close();
            }
        };
    }

    /**
     * "@RSYNCD: OK", the client's arguments read, then a reset: before the binary protocol has begun,
     * or, multiplexed, after the compat flags, the checksum list and the seed, once the client's own
     * list and its (empty) filter list are read.
     */
    static TcpFaultServer.Behaviour okThenReset(boolean multiplexed) {
        return c -> {
            c.getOutputStream().write(GREETING);
            InputStream in = c.getInputStream();
            readLines(in, 2);
            c.getOutputStream().write("@RSYNCD: OK\n".getBytes(StandardCharsets.US_ASCII));
            readUntilEmptyArgument(in);
            if (multiplexed) {
                c.getOutputStream().write(NEGOTIATION);
                // the client's checksum list (1 + 30 bytes) and its empty filter list in one frame (8)
                in.readNBytes(39);
            }
            c.setSoLinger(true, 0);
            c.close();
        };
    }

    /** Reads the client's greeting, then closes: the client finds the end of the stream, not a reset. */
    static TcpFaultServer.Behaviour readThenClose() {
        return c -> {
            readLines(c.getInputStream(), 1);
            c.close();
        };
    }

    private static void readLines(InputStream in, int lines) throws java.io.IOException {
        int b;
        while (lines > 0 && (b = in.read()) >= 0) {
            if (b == '\n') {
                lines--;
            }
        }
    }

    private static void readUntilEmptyArgument(InputStream in) throws java.io.IOException {
        int previous = -1;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == 0 && previous == 0) {
                return;
            }
            previous = b;
        }
    }
}
