package jtwins.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** What the lab's line-by-line servers (SMTP, POP3, IMAP) share: a command line in, a reply out, both CRLF. */
final class LineProtocol {
    private LineProtocol() {
    }

    /** A line without its CRLF (or LF); null at the end of the stream. */
    static String readLine(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return s.toString().endsWith("\r") ? s.substring(0, s.length() - 1) : s.toString();
            }
            s.append((char) b);
        }
        return s.length() == 0 ? null : s.toString();
    }

    /** The text (its lines already CRLF-separated) and a last CRLF. */
    static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
