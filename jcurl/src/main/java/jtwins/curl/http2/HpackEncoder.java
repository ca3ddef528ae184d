package jtwins.curl.http2;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request's fields into a header block: an exact static entry as its index, any other field as a
 * literal without indexing (the static name's index where there is one), each string Huffman-coded
 * when that is shorter, as nghttp2 chooses. Nothing enters the peer's dynamic table, so the block
 * never depends on earlier ones.
 */
public final class HpackEncoder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public HpackEncoder field(String name, String value) {
        int exact = HpackTable.staticEntry(name, value);
        if (exact > 0) {
            integer(0x80, 7, exact);
            return this;
        }
        int named = HpackTable.staticName(name);
        integer(0x00, 4, named);
        if (named == 0) {
            string(name);
        }
        string(value);
        return this;
    }

    public byte[] block() {
        return out.toByteArray();
    }

    private void string(String s) {
        byte[] octets = s.getBytes(StandardCharsets.ISO_8859_1);
        int coded = HuffmanCode.encodedLength(octets);
        if (coded < octets.length) {
            integer(0x80, 7, coded);
            out.writeBytes(HuffmanCode.encode(octets));
        } else {
            integer(0x00, 7, octets.length);
            out.writeBytes(octets);
        }
    }

    private void integer(int flags, int prefix, int value) {
        int mask = (1 << prefix) - 1;
        if (value < mask) {
            out.write(flags | value);
            return;
        }
        out.write(flags | mask);
        value -= mask;
        while (value >= 0x80) {
            out.write((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }
}
