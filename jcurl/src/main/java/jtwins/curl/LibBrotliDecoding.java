package jtwins.curl;

import java.nio.ByteBuffer;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jtwins.common.nativecall.SharedLibrary;

/**
 * Content-Encoding br through the libbrotlidec that Debian's curl links, written to as
 * lib/content_encoding.c's brotli_unencode_write() writes to it: each piece as it arrives, out in
 * CURL_MAX_WRITE_SIZE blocks, a broken stream known at the byte that breaks it. A stream cut short
 * is no error (brotli_close_writer() says nothing); bytes after its end are 23.
 */
final class LibBrotliDecoding extends HttpExchange.BodyDecoder {
    private static final int DSIZ = 16384;

    /** The bound library, or null on a machine without it (StreamDecoding's Java decoder then). */
    static final class Library {
        static final LibBrotliDec LIB = load();

        private static LibBrotliDec load() {
            try {
                return SharedLibrary.bind(LibBrotliDec.class, "brotlidec");
            } catch (UnsatisfiedLinkError e) {
                return null;
            }
        }
    }

    private final LibBrotliDec lib;
    private final Runtime runtime;
    private final HttpExchange.BodyDecoder next;
    private Pointer state;
    /** available_in, next_in, available_out, next_out: the four words the call moves on. */
    private final Pointer cursor;
    private final Pointer out;
    private Pointer in;

    static boolean available() {
        return Library.LIB != null;
    }

    LibBrotliDecoding(HttpExchange.BodyDecoder next) {
        this.lib = Library.LIB;
        this.runtime = SharedLibrary.runtime(lib);
        this.next = next;
        this.state = lib.BrotliDecoderCreateInstance(null, null, null);
        this.cursor = Memory.allocateDirect(runtime, 4 * 8);
        this.out = Memory.allocateDirect(runtime, DSIZ);
    }

    @Override
    void write(ByteBuffer data, BodySink sink) throws TransferFailed {
        if (state == null) {
            throw new TransferFailed(CurlCode.WRITE_ERROR, CurlCode.WRITE_ERROR.text());
        }
        int n = data.remaining();
        if (in == null || in.size() < n) {
            in = Memory.allocateDirect(runtime, Math.max(n, DSIZ));
        }
        byte[] bytes = new byte[n];
        data.get(bytes);
        in.put(0, bytes, 0, n);
        cursor.putLong(0, n);
        cursor.putAddress(8, in.address());
        int r = LibBrotliDec.RESULT_NEEDS_MORE_OUTPUT;
        while (cursor.getLong(0) > 0 || r == LibBrotliDec.RESULT_NEEDS_MORE_OUTPUT) {
            cursor.putLong(16, DSIZ);
            cursor.putAddress(24, out.address());
            r = lib.BrotliDecoderDecompressStream(state, cursor.slice(0), cursor.slice(8), cursor.slice(16),
                    cursor.slice(24), null);
            int produced = DSIZ - (int) cursor.getLong(16);
            if (produced > 0) {
                byte[] decoded = new byte[produced];
                out.get(0, decoded, 0, produced);
                next.write(ByteBuffer.wrap(decoded), sink);
            }
            switch (r) {
                case LibBrotliDec.RESULT_NEEDS_MORE_OUTPUT, LibBrotliDec.RESULT_NEEDS_MORE_INPUT -> {
                }
                case LibBrotliDec.RESULT_SUCCESS -> {
                    release();
                    if (cursor.getLong(0) > 0) {
                        throw new TransferFailed(CurlCode.WRITE_ERROR, CurlCode.WRITE_ERROR.text());
                    }
                    return;
                }
                default -> {
                    CurlCode code = mapped(lib.BrotliDecoderGetErrorCode(state));
                    throw new TransferFailed(code, code.text());
                }
            }
        }
    }

    @Override
    void finish(BodySink sink) throws TransferFailed {
        release();
        next.finish(sink);
    }

    private void release() {
        if (state != null) {
            lib.BrotliDecoderDestroyInstance(state);
            state = null;
        }
    }

    /**
     * brotli_map_error(): the format errors it names are 61, allocation failures 27, the rest 23
     * (the reserved bit and the distance errors among them; DICTIONARY_NOT_SET is an enum, not the
     * macro its #ifdef asks for).
     */
    static CurlCode mapped(int brotliError) {
        if (brotliError == -1 || (brotliError <= -3 && brotliError >= -15) || brotliError == -20) {
            return CurlCode.BAD_CONTENT_ENCODING;
        }
        if (brotliError == -21 || brotliError == -22 || (brotliError <= -25 && brotliError >= -27) || brotliError == -30) {
            return CurlCode.OUT_OF_MEMORY;
        }
        return CurlCode.WRITE_ERROR;
    }
}
