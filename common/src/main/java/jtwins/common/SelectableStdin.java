package jtwins.common;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;

/**
 * Standard input as a channel a Selector can wait on, so one readiness wait covers stdin and the
 * socket as the originals' single poll() does. The JDK cannot select a FileChannel; a thread copies
 * stdin into a pipe whose read end is selectable, and closes the pipe at EOF.
 */
public final class SelectableStdin {
    private final Pipe pipe;

    private SelectableStdin(Pipe pipe) {
        this.pipe = pipe;
    }

    public static SelectableStdin start() throws IOException {
        return start(new FileInputStream(FileDescriptor.in));
    }

    static SelectableStdin start(InputStream in) throws IOException {
        Pipe pipe = Pipe.open();
        pipe.source().configureBlocking(false);
        Thread pump = new Thread(() -> copy(in, pipe.sink()), "stdin");
        pump.setDaemon(true);
        pump.start();
        return new SelectableStdin(pipe);
    }

    public Pipe.SourceChannel channel() {
        return pipe.source();
    }

    private static void copy(InputStream in, Pipe.SinkChannel sink) {
        byte[] buffer = new byte[16384];
        try (sink) {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    return; // read error on stdin ends it as EOF does
                }
                if (n < 0) {
                    return;
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    sink.write(chunk);
                }
            }
        } catch (IOException e) {
            // the reader is gone
        }
    }
}
