package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** br through Debian's libbrotlidec, as brotli_unencode_write() feeds it (libbrotli1 comes with curl). */
class LibBrotliDecodingTest {
    /** "hello, brotli\n" three times, made by libbrotlienc at quality 11. */
    private static final String HELLO = "GykA+I1Utb9WEJOjk2lsbzUIPfXARTrd9gE=";
    private static final String HELLO_PLAIN = "hello, brotli\n".repeat(3);

    @BeforeAll
    static void theLibraryCurlLinksIsHere() {
        assertTrue(LibBrotliDecoding.available(), "libbrotlidec.so.1 (Debian's libbrotli1, a dependency of curl)");
    }

    @Test
    void oneByteAtATimeDecodesTheWhole() throws Exception {
        byte[] encoded = Base64.getDecoder().decode(HELLO);
        CollectedBody out = new CollectedBody();
        LibBrotliDecoding d = new LibBrotliDecoding(out);
        for (int at = 0; at < encoded.length; at++) {
            d.write(ByteBuffer.wrap(encoded, at, 1), null);
        }
        d.finish(null);
        assertEquals(HELLO_PLAIN, out.bytes.toString(StandardCharsets.US_ASCII));
    }

    /** curl's test 315: the first bytes cut off, the body never complete; 61 with what has come. */
    @Test
    void aStreamBrokenEarlyIs61BeforeItsEnd() {
        byte[] encoded = Base64.getDecoder().decode(HELLO);
        byte[] headless = Arrays.copyOfRange(encoded, 3, encoded.length - 4);
        LibBrotliDecoding d = new LibBrotliDecoding(new CollectedBody());
        TransferFailed f = assertThrows(TransferFailed.class, () -> d.write(ByteBuffer.wrap(headless), null));
        assertEquals(CurlCode.BAD_CONTENT_ENCODING, f.code());
    }

    @Test
    void bytesAfterTheStreamsEndAre23() {
        byte[] encoded = Base64.getDecoder().decode(HELLO);
        byte[] trailed = Arrays.copyOf(encoded, encoded.length + 5);
        LibBrotliDecoding d = new LibBrotliDecoding(new CollectedBody());
        TransferFailed f = assertThrows(TransferFailed.class, () -> d.write(ByteBuffer.wrap(trailed), null));
        assertEquals(CurlCode.WRITE_ERROR, f.code());
    }

    @Test
    void aStreamCutShortEndsWithoutAWord() throws Exception {
        byte[] encoded = Base64.getDecoder().decode(HELLO);
        LibBrotliDecoding d = new LibBrotliDecoding(new CollectedBody());
        d.write(ByteBuffer.wrap(encoded, 0, encoded.length - 3), null);
        d.finish(null);
    }

    @Test
    void errorsMapAsBrotliMapErrorMapsThem() {
        assertEquals(CurlCode.BAD_CONTENT_ENCODING, LibBrotliDecoding.mapped(-1));
        assertEquals(CurlCode.WRITE_ERROR, LibBrotliDecoding.mapped(-2));
        assertEquals(CurlCode.BAD_CONTENT_ENCODING, LibBrotliDecoding.mapped(-15));
        assertEquals(CurlCode.WRITE_ERROR, LibBrotliDecoding.mapped(-16));
        assertEquals(CurlCode.WRITE_ERROR, LibBrotliDecoding.mapped(-19));
        assertEquals(CurlCode.BAD_CONTENT_ENCODING, LibBrotliDecoding.mapped(-20));
        assertEquals(CurlCode.OUT_OF_MEMORY, LibBrotliDecoding.mapped(-27));
        assertEquals(CurlCode.WRITE_ERROR, LibBrotliDecoding.mapped(-31));
    }
}
