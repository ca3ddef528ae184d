package jtwins.curl;

/**
 * MD4 (RFC 1320), which NTLM's NT hash is made of. The JDK has one but keeps it out of its providers
 * and behind a package no launcher opens any more (an opened package costs every start the module
 * system's bookkeeping), so the twin carries its own: three rounds of sixteen steps over 64-byte blocks.
 */
final class Md4 {
    private static final int[] ROUND2_ORDER = {0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15};
    private static final int[] ROUND3_ORDER = {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15};

    private Md4() {
    }

    static byte[] digest(byte[] message) {
        // the message, a 1 bit, zeros to 56 bytes short of a block's end, the bit length little-endian
        int padded = ((message.length + 8) / 64 + 1) * 64;
        byte[] data = new byte[padded];
        System.arraycopy(message, 0, data, 0, message.length);
        data[message.length] = (byte) 0x80;
        long bits = (long) message.length * 8;
        for (int i = 0; i < 8; i++) {
            data[padded - 8 + i] = (byte) (bits >>> (8 * i));
        }
        int[] state = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
        int[] x = new int[16];
        for (int block = 0; block < padded; block += 64) {
            for (int i = 0; i < 16; i++) {
                int at = block + 4 * i;
                x[i] = (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16 | (data[at + 3] & 0xff) << 24;
            }
            compress(state, x);
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 16; i++) {
            out[i] = (byte) (state[i / 4] >>> (8 * (i % 4)));
        }
        return out;
    }

    private static void compress(int[] state, int[] x) {
        int[] r = state.clone();
        int[] shifts1 = {3, 7, 11, 19};
        int[] shifts2 = {3, 5, 9, 13};
        int[] shifts3 = {3, 9, 11, 15};
        for (int i = 0; i < 16; i++) {
            step(r, i, (r[(16 - i + 1) % 4] & r[(16 - i + 2) % 4]) | (~r[(16 - i + 1) % 4] & r[(16 - i + 3) % 4]), x[i], shifts1[i % 4]);
        }
        for (int i = 0; i < 16; i++) {
            int b = r[(16 - i + 1) % 4];
            int c = r[(16 - i + 2) % 4];
            int d = r[(16 - i + 3) % 4];
            step(r, i, ((b & c) | (b & d) | (c & d)) + 0x5a827999, x[ROUND2_ORDER[i]], shifts2[i % 4]);
        }
        for (int i = 0; i < 16; i++) {
            step(r, i, (r[(16 - i + 1) % 4] ^ r[(16 - i + 2) % 4] ^ r[(16 - i + 3) % 4]) + 0x6ed9eba1, x[ROUND3_ORDER[i]],
                    shifts3[i % 4]);
        }
        for (int i = 0; i < 4; i++) {
            state[i] += r[i];
        }
    }

    /** One step: the word the step rotates (a, d, c, b in turn) takes mixed plus word, rotated by shift. */
    private static void step(int[] r, int i, int mixed, int word, int shift) {
        int a = (16 - i) % 4;
        r[a] = Integer.rotateLeft(r[a] + mixed + word, shift);
    }
}
