package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Content-Encoding zstd (lib/content_encoding.c's zstd writer) with aircompressor's zstd, and br
 * with Google's Java brotli decoder where libbrotlidec is not installed (LibBrotliDecoding otherwise). Those read a whole stream rather than take it in
 * pieces as libbrotli and libzstd do, so each piece that arrives is decoded again from the start,
 * up to where the data ends, and only what is new goes on: a broken stream fails as soon as curl's
 * would (61, with strerror's words: curl has no message of its own for it). Past 1 MiB of encoded
 * data the rest is decoded when the body ends, which bounds the work. The Java brotli decoder reads
 * ahead in 4 KiB blocks, so it sees a break early in a stream only once a block has come or the body
 * has ended, where libbrotli sees it at once.
 */
final class StreamDecoding extends HttpExchange.BodyDecoder {
    private static final int PROGRESSIVE_LIMIT = 1 << 20;

    /** Thrown by the source where the data received so far ends, to tell "more to come" from a broken stream. */
    private static final class NeedMore extends IOException {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private final boolean brotli;
    private final HttpExchange.BodyDecoder next;
    private final Gathered encoded = new Gathered();
    private long emitted;
    private boolean ended;

    StreamDecoding(boolean brotli, HttpExchange.BodyDecoder next) {
        this.brotli = brotli;
        this.next = next;
    }

    @Override
    void write(ByteBuffer data, BodySink sink) throws TransferFailed {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        encoded.write(bytes, 0, bytes.length);
        if (!ended && encoded.size() <= PROGRESSIVE_LIMIT) {
            decode(true, sink);
        }
    }

    @Override
    void finish(BodySink sink) throws TransferFailed {
        if (encoded.size() > 0 && !ended) {
            decode(false, sink);
        }
        next.finish(sink);
    }

    /** Decodes what has come from the start, handing on the bytes past those handed on before. */
    private void decode(boolean moreToCome, BodySink sink) throws TransferFailed {
        InputStream source = encoded.source(moreToCome);
        byte[] out = new byte[65536];
        long at = 0;
        try (InputStream in = brotli ? new org.brotli.dec.BrotliInputStream(source)
                : new io.airlift.compress.zstd.ZstdInputStream(source)) {
            int n;
            while ((n = in.read(out)) > 0) {
                long end = at + n;
                if (end > emitted) {
                    int skip = (int) Math.max(0, emitted - at);
                    next.write(ByteBuffer.wrap(out, skip, n - skip), sink);
                    emitted = end;
                }
                at = end;
            }
            ended = true;
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NeedMore) {
                    return;
                }
            }
            throw new TransferFailed(CurlCode.BAD_CONTENT_ENCODING, CurlCode.BAD_CONTENT_ENCODING.text());
        }
    }

    /** The encoded bytes so far, readable as a stream that ends, or stops with NeedMore, where they end. */
    private static final class Gathered extends ByteArrayOutputStream {
        InputStream source(boolean moreToCome) {
            byte[] data = buf;
            int length = count;
            return new InputStream() {
                private int at;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    if (at >= length) {
                        if (moreToCome) {
                            throw new NeedMore();
                        }
                        return -1;
                    }
                    int n = Math.min(len, length - at);
                    System.arraycopy(data, at, b, off, n);
                    at += n;
                    return n;
                }
            };
        }
    }
}
