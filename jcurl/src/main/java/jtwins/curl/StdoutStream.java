package jtwins.curl;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

/**
 * curl's stdout: one buffered stream for the body, -i headers and -w, flushed at exit — so, as with
 * curl's stdio, an error line on stderr comes out before the output when both go to one pipe.
 */
final class StdoutStream {
    private static final FileOutputStream FD1 = new FileOutputStream(FileDescriptor.out);
    static final StdioBuffer OUT = new StdioBuffer(FD1, FD1.getChannel());

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
