package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.airlift.compress.zstd.ZstdCompressor;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** br and zstd bodies decoded piece by piece as they arrive, as libcurl's writers hand them on. */
class StreamDecodingTest {
    private static byte[] zstd(byte[] plain) {
        ZstdCompressor c = new ZstdCompressor();
        byte[] out = new byte[c.maxCompressedLength(plain.length)];
        int n = c.compress(plain, 0, plain.length, out, 0, out.length);
        return Arrays.copyOf(out, n);
    }

    @Test
    void piecesDecodeToTheBodyWithNothingHandedOnTwice() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 400_000; i++) {
            text.append("line ").append(i * 7919 % 10007).append(" of the body\n");
        }
        byte[] plain = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] encoded = zstd(plain);
        CollectedBody out = new CollectedBody();
        StreamDecoding d = new StreamDecoding(false, out);
        int piece = encoded.length / 8 + 1;
        for (int at = 0; at < encoded.length; at += piece) {
            d.write(ByteBuffer.wrap(encoded, at, Math.min(piece, encoded.length - at)), null);
        }
        d.finish(null);
        assertArrayEquals(plain, out.bytes.toByteArray());
    }

    @Test
    void aBrokenStreamIs61AtOnce() {
        StreamDecoding d = new StreamDecoding(true, new CollectedBody());
        byte[] junk = new byte[8192];
        Arrays.fill(junk, (byte) 0xa5);
        TransferFailed f = assertThrows(TransferFailed.class, () -> d.write(ByteBuffer.wrap(junk), null));
        assertEquals(CurlCode.BAD_CONTENT_ENCODING, f.code());
    }

    /** 200 lines of "line N of a body that compresses", made by Debian's libbrotlienc at quality 11. */
    private static final String BROTLI_LINES = "GwkcABwJNo52TXoWlkpnpAPM2/YM1wogZW8SxGyOHuGegUgPD0eSaGRREuBw+BHmtg8KI2OwWAz6nn7B"
            + "d/7+CP19cP3TLHq0j69GPXPkjUec9tnrZt+WG/M7M2GSjCGhHuVNR7rd097L0S1uNiNYLUpi7pi2xlvDewTy0XuG0V406jYjz8yM3bO8"
            + "teCZRZNtTAmT0bydh7m7E9aARtmY1tjSkmdN+5DvIpGkGZ9jV9tObXax9yLYBLNlSowdwtzs3i3ee42klW1ca2OZMe+ZHiLURII980vt"
            + "urY7OHcRaJRFMcem1jhL2Hd8jxmJJtk6NBlrz7KLvhfBRBtVQjLr69jN2R5w3mukVba45qxpxriHeGhQY+xs29SmS52HOUagUSblSE/8"
            + "eUUQZ+O+9mgL20hWB5OJvbho94jgrKDpqXje2Ilz8ZCeLIhZNrnIbOyLe8uHiFBjbDTHpmI3zovH5bNG3aDA52m5OIj7lo8inFiz9qiM"
            + "2IuL5UkEG22rHscr5sW5eFg+iUjj3ODCl419bbk8i1BjLJqbfWIR58Xj8llD7ZTjesRcHMTV8lGEG2vUHuHXsRcXr54A";

    private static String brotliLinesPlain() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("line ").append(i * 7919 % 10007).append(" of a body that compresses\n");
        }
        return text.toString();
    }

    @Test
    void aBrotliStreamInSmallPiecesIsNotTakenForBroken() throws Exception {
        byte[] encoded = java.util.Base64.getDecoder().decode(BROTLI_LINES);
        CollectedBody out = new CollectedBody();
        StreamDecoding d = new StreamDecoding(true, out);
        for (int at = 0; at < encoded.length; at += 50) {
            d.write(ByteBuffer.wrap(encoded, at, Math.min(50, encoded.length - at)), null);
        }
        d.finish(null);
        assertEquals(brotliLinesPlain(), out.bytes.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void noPrefixOfAGoodBrotliStreamIsTakenForBroken() throws Exception {
        byte[] encoded = java.util.Base64.getDecoder().decode(BROTLI_LINES);
        CollectedBody out = new CollectedBody();
        StreamDecoding d = new StreamDecoding(true, out);
        for (int at = 0; at < encoded.length; at++) {
            d.write(ByteBuffer.wrap(encoded, at, 1), null);
        }
        d.finish(null);
        assertEquals(brotliLinesPlain(), out.bytes.toString(StandardCharsets.US_ASCII));
    }
}
