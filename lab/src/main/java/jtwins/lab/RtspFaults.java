package jtwins.lab;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An RTSP server on loopback for the rtsp:// rows, request after request on one connection: each
 * answer is 200 with a Session, the methods it takes and a small body, and a CSeq that is, by the
 * server's way, the request's own, missing, not a number, or another.
 */
final class RtspFaults {
    enum Way { ECHO_CSEQ, NO_CSEQ, BAD_CSEQ, WRONG_CSEQ }

    private RtspFaults() {
    }

    static TcpFaultServer.Behaviour serving(Way way) {
        return c -> {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            while (true) {
                byte[] request = HttpFaults.readRequest(in);
                if (request.length == 0) {
                    break;
                }
                String cseq = "0";
                for (String line : new String(request, StandardCharsets.ISO_8859_1).split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("cseq:")) {
                        cseq = line.substring(5).strip();
                    }
                }
                String cseqLine = switch (way) {
                    case ECHO_CSEQ -> "CSeq: " + cseq + "\r\n";
                    case NO_CSEQ -> "";
                    case BAD_CSEQ -> "CSeq: abc\r\n";
                    case WRONG_CSEQ -> "CSeq: 7\r\n";
                };
                out.write(("RTSP/1.0 200 OK\r\n" + cseqLine + "Session: lab42;timeout=60\r\n"
                        + "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\nContent-Length: 6\r\n\r\nhello\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            c.close();
        };
    }
}
