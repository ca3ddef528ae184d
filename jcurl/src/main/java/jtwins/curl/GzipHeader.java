package jtwins.curl;

/** RFC 1952's header before the deflate stream: its length, 0 while incomplete, -1 when it is not one. */
final class GzipHeader {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private GzipHeader() {
    }

    static int length(byte[] b) {
        if (b.length < 10) {
            return b.length >= 1 && (b[0] & 0xff) != 0x1f ? -1 : 0;
        }
        if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b || b[2] != 8) {
            return -1;
        }
        int flags = b[3] & 0xff;
        int at = 10;
        if ((flags & FEXTRA) != 0) {
            if (b.length < at + 2) {
                return 0;
            }
            at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0) {
                while (at < b.length && b[at] != 0) {
                    at++;
                }
                if (at >= b.length) {
                    return 0;
                }
                at++;
            }
        }
        if ((flags & FHCRC) != 0) {
            at += 2;
        }
        return at <= b.length ? at : 0;
    }
}
