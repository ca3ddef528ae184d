package jtwins.curl.http2;

import java.io.ByteArrayOutputStream;

/**
 * HPACK's static Huffman code (RFC 7541 Appendix B). The code is canonical, so it is kept as each
 * symbol's length alone and its codes are rebuilt in (length, symbol) order, as a canonical decoder
 * walks them; symbol 256 is EOS, which only ever appears as the padding's prefix.
 */
public final class HuffmanCode {
    /** The bit length of symbols 0..256, one char each, 'A' meaning 0 bits. */
    private static final String LENGTHS =
            "NX]]]]]]]Y_]]_]]]]]]]]_]]]]]]]]]GKKMNGILKKILIGGGFFFGGGGGGGHIPGMKNGHHHHHHHHHHHHHHHHHHHHHHIHINTNOG"
            + "PFGFGFGGGFHHGGGFGHGFFGHHHHHPLON]UWUUWWWXWXXXXXYXYYWXYXXXXVWXWXXYWVUWWXXVXWWYVWXXVVWVXWXXUWWWXWWX"
            + "[[UTWXWZ[[[\\\\[YZTV[\\\\[\\YVV[[]\\\\\\UYUVWVVXWWZZYY[X[\\[[\\\\\\\\\\]\\\\\\\\\\[_";
    private static final int SYMBOLS = 257;
    private static final int EOS = 256;
    private static final int MAX_BITS = 30;
    private static final int[] CODE = new int[SYMBOLS];
    private static final byte[] LENGTH = new byte[SYMBOLS];
    /** Per length: the first code of that length, how many symbols have it, where they start in SORTED. */
    private static final int[] FIRST = new int[MAX_BITS + 1];
    private static final int[] COUNT = new int[MAX_BITS + 1];
    private static final int[] START = new int[MAX_BITS + 1];
    private static final int[] SORTED = new int[SYMBOLS];

    static {
        for (int s = 0; s < SYMBOLS; s++) {
            LENGTH[s] = (byte) (LENGTHS.charAt(s) - 'A');
            COUNT[LENGTH[s]]++;
        }
        int code = 0;
        int at = 0;
        for (int len = 1; len <= MAX_BITS; len++) {
            code <<= 1;
            FIRST[len] = code;
            START[len] = at;
            for (int s = 0; s < SYMBOLS; s++) {
                if (LENGTH[s] == len) {
                    CODE[s] = code++;
                    SORTED[at++] = s;
                }
            }
        }
    }

    private HuffmanCode() {
    }

    /** The decoded octets, or null where the string is not a valid HPACK Huffman string (section 5.2). */
    public static byte[] decode(byte[] src, int off, int len) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(len * 8 / 5 + 1);
        int code = 0;
        int bits = 0;
        boolean allOnes = true;
        for (int i = off; i < off + len; i++) {
            for (int b = 7; b >= 0; b--) {
                int bit = (src[i] >> b) & 1;
                code = (code << 1) | bit;
                bits++;
                allOnes &= bit == 1;
                int index = code - FIRST[bits];
                if (index >= 0 && index < COUNT[bits]) {
                    int symbol = SORTED[START[bits] + index];
                    if (symbol == EOS) {
                        return null;
                    }
                    out.write(symbol);
                    code = 0;
                    bits = 0;
                    allOnes = true;
                } else if (bits > MAX_BITS) {
                    return null;
                }
            }
        }
        // what is left must be the most significant bits of EOS, shorter than an octet
        return bits > 7 || !allOnes ? null : out.toByteArray();
    }

    /** The length in octets of s Huffman-coded. */
    public static int encodedLength(byte[] s) {
        long bits = 0;
        for (byte b : s) {
            bits += LENGTH[b & 0xff];
        }
        return (int) ((bits + 7) / 8);
    }

    /** s Huffman-coded, padded with EOS's leading ones. */
    public static byte[] encode(byte[] s) {
        byte[] out = new byte[encodedLength(s)];
        long acc = 0;
        int pending = 0;
        int at = 0;
        for (byte b : s) {
            int symbol = b & 0xff;
            acc = (acc << LENGTH[symbol]) | CODE[symbol];
            pending += LENGTH[symbol];
            while (pending >= 8) {
                pending -= 8;
                out[at++] = (byte) (acc >>> pending);
            }
        }
        if (pending > 0) {
            out[at] = (byte) ((acc << (8 - pending)) | (0xff >>> pending));
        }
        return out;
    }
}
