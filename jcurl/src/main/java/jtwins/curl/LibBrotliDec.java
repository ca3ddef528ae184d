package jtwins.curl;

import jnr.ffi.Pointer;

/** The four calls of libbrotlidec (brotli/decode.h) that lib/content_encoding.c's brotli writer makes. */
public interface LibBrotliDec {
    int RESULT_ERROR = 0;
    int RESULT_SUCCESS = 1;
    int RESULT_NEEDS_MORE_INPUT = 2;
    int RESULT_NEEDS_MORE_OUTPUT = 3;

    Pointer BrotliDecoderCreateInstance(Pointer alloc, Pointer free, Pointer opaque);

    /** available_in, next_in, available_out and next_out are each a size_t or a pointer the call moves on. */
    int BrotliDecoderDecompressStream(Pointer state, Pointer availableIn, Pointer nextIn, Pointer availableOut,
                                      Pointer nextOut, Pointer totalOut);

    int BrotliDecoderGetErrorCode(Pointer state);

    void BrotliDecoderDestroyInstance(Pointer state);
}
