package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Curl_smtp_escape_eob() as Debian's curl 7.88.1 sends a message (each case sent with -T to a
 * server that records the bytes): CRLF-dot doubled, a leading dot too, a lone LF no line end, and
 * whether the message ended its line (".\r\n" after it) or not ("\r\n.\r\n").
 */
class SmtpEscapeTest {
    private static String escaped(String message) {
        return new String(SmtpTransfer.escape(message.getBytes(StandardCharsets.ISO_8859_1)).bytes(),
                StandardCharsets.ISO_8859_1);
    }

    private static boolean endsItsLine(String message) {
        return SmtpTransfer.escape(message.getBytes(StandardCharsets.ISO_8859_1)).trailingCrlf();
    }

    @Test
    void dotsAfterCrlfAndAtTheStartAreDoubled() {
        assertEquals("..lead\r\nx\r\n..\r\nend\r\n", escaped(".lead\r\nx\r\n.\r\nend\r\n"));
        assertEquals("a\r\n..b", escaped("a\r\n.b"));
    }

    @Test
    void lineFeedsAloneAreNoLineEnds() {
        assertEquals("body\n.dot\n", escaped("body\n.dot\n"));
        assertEquals("a\r.b", escaped("a\r.b"));
    }

    @Test
    void theEndOfDataDependsOnTheLastLine() {
        assertEquals(true, endsItsLine("x\r\n"));
        assertEquals(false, endsItsLine("x\n"));
        assertEquals(true, endsItsLine(""), "an empty message starts after a CRLF");
        assertEquals(false, endsItsLine("x\r\n."));
    }
}
