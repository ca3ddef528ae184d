package jtwins.nc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/** -t: refuse every RFC 854 option the peer offers (WILL/WONT get DONT, DO/DONT get WONT), as atelnet(). */
final class Telnet {
    private static final int IAC = 255;
    private static final int DONT = 254;
    private static final int DO = 253;
    private static final int WONT = 252;
    private static final int WILL = 251;

    private Telnet() {
    }

    static void answer(WritableByteChannel net, ByteBuffer received) throws IOException {
        int size = received.position();
        if (size < 3) {
            return;
        }
        int end = size - 2;
        for (int p = 0; p < end; p++) {
            if ((received.get(p) & 0xff) != IAC) {
                continue;
            }
            p++;
            int verb = received.get(p) & 0xff;
            int reply;
            if (verb == WILL || verb == WONT) {
                reply = DONT;
            } else if (verb == DO || verb == DONT) {
                reply = WONT;
            } else {
                continue;
            }
            p++;
            ByteBuffer out = ByteBuffer.wrap(new byte[] {(byte) IAC, (byte) reply, received.get(p)});
            while (out.hasRemaining()) {
                net.write(out);
            }
        }
    }
}
