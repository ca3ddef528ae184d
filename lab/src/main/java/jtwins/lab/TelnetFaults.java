package jtwins.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A telnet server on loopback for the telnet:// rows: at once it asks for and offers options
 * (DO and WILL NEW-ENVIRON, DONT and WONT NAWS, DO TERM TYPE, DO NAWS), asks for the terminal
 * type and the environment, and sends data with a CR NUL, an escaped IAC and a NOP; then it
 * collects what the client sends until a line feed (or 2 s of nothing) and a further 200 ms,
 * answers with all of it in hex, and closes.
 */
final class TelnetFaults {
    private static final int IAC = 255;
    private static final int DONT = 254;
    private static final int DO = 253;
    private static final int WONT = 252;
    private static final int WILL = 251;
    private static final int SB = 250;
    private static final int NOP = 241;
    private static final int SE = 240;
    private static final int TTYPE = 24;
    private static final int NAWS = 31;
    private static final int NEW_ENVIRON = 39;

    private TelnetFaults() {
    }

    static TcpFaultServer.Behaviour negotiating() {
        return c -> {
            OutputStream out = c.getOutputStream();
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            for (int b : new int[] {IAC, DO, NEW_ENVIRON, IAC, WILL, NEW_ENVIRON, IAC, DONT, NAWS, IAC, WONT, NAWS,
                IAC, DO, TTYPE, IAC, DO, NAWS, IAC, SB, TTYPE, 1, IAC, SE, IAC, SB, NEW_ENVIRON, 1, IAC, SE}) {
                first.write(b);
            }
            first.writeBytes("hello\r\0there\r\n".getBytes(StandardCharsets.ISO_8859_1));
            for (int b : new int[] {IAC, IAC, IAC, NOP}) {
                first.write(b);
            }
            out.write(first.toByteArray());
            out.flush();
            byte[] got = collect(c);
            out.write(("got: " + HexFormat.of().formatHex(got) + "\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            c.close();
        };
    }

    private static byte[] collect(Socket c) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = c.getInputStream();
        byte[] buf = new byte[4096];
        c.setSoTimeout(2000);
        try {
            while (got.toString(StandardCharsets.ISO_8859_1).indexOf('\n') < 0) {
                int n = in.read(buf);
                if (n < 0) {
                    return got.toByteArray();
                }
                got.write(buf, 0, n);
            }
            c.setSoTimeout(200);
            int n;
            while ((n = in.read(buf)) >= 0) {
                got.write(buf, 0, n);
            }
        } catch (SocketTimeoutException quiet) {
            // nothing more is coming
        }
        return got.toByteArray();
    }
}
