package jtwins.curl.http2;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A header block into its fields (RFC 7541 section 6), keeping the connection's dynamic table across
 * blocks. Octets are read as ISO-8859-1 so that every byte a server sends reaches the output as itself.
 */
public final class HpackDecoder {
    /** SETTINGS_HEADER_TABLE_SIZE's default, which curl leaves as it is. */
    private static final int TABLE_SIZE = 4096;
    private final HpackTable table = new HpackTable(TABLE_SIZE);

    /** Thrown for a block that breaks the format: a COMPRESSION_ERROR for the connection. */
    public static final class CompressionError extends Exception {
        CompressionError(String what) {
            super(what);
        }
    }

    public List<String[]> decode(byte[] block) throws CompressionError {
        List<String[]> fields = new ArrayList<>();
        int[] at = {0};
        boolean fieldSeen = false;
        while (at[0] < block.length) {
            int b = block[at[0]] & 0xff;
            if ((b & 0x80) != 0) {
                String[] e = entry(integer(block, at, 7));
                fields.add(new String[] {e[0], e[1]});
                fieldSeen = true;
            } else if ((b & 0xc0) == 0x40) {
                String[] f = literal(block, at, 6);
                table.add(f[0], f[1]);
                fields.add(f);
                fieldSeen = true;
            } else if ((b & 0xe0) == 0x20) {
                // section 4.2: a size update belongs at the start of a block only
                if (fieldSeen) {
                    throw new CompressionError("dynamic table size update after a field");
                }
                int max = integer(block, at, 5);
                if (max > TABLE_SIZE) {
                    throw new CompressionError("dynamic table size over the limit");
                }
                table.resize(max);
            } else {
                fields.add(literal(block, at, 4));
                fieldSeen = true;
            }
        }
        return fields;
    }

    private String[] entry(int index) throws CompressionError {
        String[] e = table.get(index);
        if (e == null) {
            throw new CompressionError("index " + index + " outside the tables");
        }
        return e;
    }

    private String[] literal(byte[] block, int[] at, int prefix) throws CompressionError {
        int index = integer(block, at, prefix);
        String name = index == 0 ? string(block, at) : entry(index)[0];
        return new String[] {name, string(block, at)};
    }

    private static String string(byte[] block, int[] at) throws CompressionError {
        if (at[0] >= block.length) {
            throw new CompressionError("string missing");
        }
        boolean huffman = (block[at[0]] & 0x80) != 0;
        int len = integer(block, at, 7);
        if (len > block.length - at[0]) {
            throw new CompressionError("string past the block");
        }
        byte[] octets;
        if (huffman) {
            octets = HuffmanCode.decode(block, at[0], len);
            if (octets == null) {
                throw new CompressionError("bad Huffman string");
            }
        } else {
            octets = java.util.Arrays.copyOfRange(block, at[0], at[0] + len);
        }
        at[0] += len;
        return new String(octets, StandardCharsets.ISO_8859_1);
    }

    /** Section 5.1's integer with an N-bit prefix. */
    static int integer(byte[] block, int[] at, int prefix) throws CompressionError {
        int mask = (1 << prefix) - 1;
        int value = block[at[0]++] & mask;
        if (value < mask) {
            return value;
        }
        int shift = 0;
        while (true) {
            if (at[0] >= block.length || shift > 21) {
                throw new CompressionError("integer cut short or too large");
            }
            int b = block[at[0]++] & 0xff;
            value += (b & 0x7f) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
