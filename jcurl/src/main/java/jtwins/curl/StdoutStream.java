package jtwins.curl;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;

/**
 * curl's stdout: one buffered stream for the body, -i headers and -w, flushed at exit — so, as with
 * curl's stdio, an error line on stderr comes out before the output when both go to one pipe.
 */
final class StdoutStream {
    static final OutputStream OUT = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 4096);
    /** stdout for large body writes, made after flushing OUT, from a direct buffer without a copy. */
    static final FileChannel CHANNEL = new FileOutputStream(FileDescriptor.out).getChannel();

    private StdoutStream() {
    }

    /** The flush at exit; a stdout that is gone was already reported by the transfer that wrote to it. */
    static void flushQuietly() {
        try {
            OUT.flush();
        } catch (java.io.IOException ignored) {
            // curl's exit() flushes stdio and ignores the answer too
        }
    }
}
