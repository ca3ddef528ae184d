package jtwins.lab;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Servers that speak just enough of the MariaDB protocol to go wrong in one way, then stay silent. */
final class MysqlFaults {
    private MysqlFaults() {
    }

    /** A framed packet that claims protocol 10 and holds no greeting: the client answers it and waits. */
    static TcpFaultServer.Behaviour junkGreeting() {
        return sendPacket(concat(new byte[] {0x0a}, "garbage".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** An ERR packet instead of a greeting, as a server at max_connections sends. */
    static TcpFaultServer.Behaviour errorGreeting(int code, String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        return sendPacket(concat(new byte[] {(byte) 0xff, (byte) code, (byte) (code >>> 8)}, text));
    }

    /** A greeting of protocol 9, which the client refuses. */
    static TcpFaultServer.Behaviour protocol9() {
        return sendPacket(concat(new byte[] {0x09}, "5.5\0".getBytes(StandardCharsets.ISO_8859_1), new byte[40]));
    }

    private static TcpFaultServer.Behaviour sendPacket(byte[] payload) {
        return c -> {
            OutputStream out = c.getOutputStream();
            out.write(new byte[] {(byte) payload.length, (byte) (payload.length >>> 8), (byte) (payload.length >>> 16), 0});
            out.write(payload);
            out.flush();
        };
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
