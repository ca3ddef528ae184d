package jtwins.common.process;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import jtwins.common.HelperThread;
import jtwins.common.ToolMain;

/**
 * Standard input as a channel a Selector can wait on, so one readiness wait covers stdin and the
 * socket as the originals' single poll() does. The JDK cannot select a FileChannel; a thread copies
 * stdin into a pipe whose read end is selectable, and closes the pipe at EOF.
 *
 * The copying thread reads through an interruptible FileChannel and is interrupted before the twin
 * exits: HotSpot's exit waits up to 300 ms for any thread still blocked in a native read.
 */
public final class SelectableStdin {
    private final Pipe pipe;

    private SelectableStdin(Pipe pipe) {
        this.pipe = pipe;
    }

    public static SelectableStdin start() throws IOException {
        return start(new FileInputStream(FileDescriptor.in).getChannel());
    }

    static SelectableStdin start(ReadableByteChannel in) throws IOException {
        Pipe pipe = Pipe.open();
        pipe.source().configureBlocking(false);
        Thread pump = HelperThread.start("stdin", () -> copy(in, pipe.sink()));
        ToolMain.beforeExit(pump::interrupt);
        return new SelectableStdin(pipe);
    }

    public Pipe.SourceChannel channel() {
        return pipe.source();
    }

    private static void copy(ReadableByteChannel in, Pipe.SinkChannel sink) {
        ByteBuffer chunk = ByteBuffer.allocate(16384);
        try (sink) {
            while (true) {
                int n;
                try {
                    chunk.clear();
                    n = in.read(chunk);
                } catch (IOException e) {
                    return; // a read error on stdin ends it as EOF does
                }
                if (n < 0) {
                    return;
                }
                chunk.flip();
                while (chunk.hasRemaining()) {
                    sink.write(chunk);
                }
            }
        } catch (IOException e) {
            // the reader is gone
        }
    }
}
