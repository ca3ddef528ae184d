package jtwins.curl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * curl's fwrite() into a FILE with glibc's 4096-byte buffer (_IO_new_file_xsputn): bytes fill the
 * buffer; a full buffer is written only when more bytes need its room; of what is left, whole
 * multiples of the block go straight to write(2) and the tail waits in the buffer. So what a file
 * holds when curl is killed mid-transfer is a multiple of 4096 bytes, and a twin killed at the same
 * moment leaves the same; java.io.BufferedOutputStream writes whatever it holds instead.
 */
final class StdioBuffer extends OutputStream {
    static final int BLOCK = 4096;
    private final OutputStream out;
    private final FileChannel channel;
    private final byte[] buffer = new byte[BLOCK];
    private int count;

    StdioBuffer(OutputStream out, FileChannel channel) {
        this.out = out;
        this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        write(ByteBuffer.wrap(b, off, len));
    }

    /** The data's remaining bytes; a direct buffer's whole blocks reach write(2) without a copy. */
    synchronized void write(ByteBuffer data) throws IOException {
        fill(data);
        if (!data.hasRemaining()) {
            return;
        }
        flushBuffer();
        int direct = data.remaining() - data.remaining() % BLOCK;
        if (direct > 0) {
            ByteBuffer blocks = data.slice(data.position(), direct);
            if (data.isDirect()) {
                while (blocks.hasRemaining()) {
                    channel.write(blocks);
                }
            } else {
                out.write(data.array(), data.arrayOffset() + data.position(), direct);
            }
            data.position(data.position() + direct);
        }
        fill(data);
    }

    private void fill(ByteBuffer data) {
        int n = Math.min(BLOCK - count, data.remaining());
        data.get(buffer, count, n);
        count += n;
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
