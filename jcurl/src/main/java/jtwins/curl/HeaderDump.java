package jtwins.curl;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * -D FILE (tool_cb_hdr.c): every header line the transfer receives, as received, also written to
 * the file, or to stdout for "-". The first transfer of the command line empties the file, each
 * next one appends to it, as tool_operate.c opens it "wb+" and then "ab+" per transfer.
 */
final class HeaderDump {
    private final OutputStream out;
    private final boolean file;

    private HeaderDump(OutputStream out, boolean file) {
        this.out = out;
        this.file = file;
    }

    /**
     * A file for one transfer's header lines ("-": stdout), emptied first when asked (-D's first
     * transfer, --etag-save always), else appended to; null when it cannot be opened.
     */
    static HeaderDump open(String name, boolean emptied) {
        if (name.equals("-")) {
            return new HeaderDump(StdoutStream.OUT, false);
        }
        try {
            return new HeaderDump(new FileOutputStream(LocalPath.file(name), !emptied), true);
        } catch (IOException e) {
            return null;
        }
    }

    void write(byte[] line) {
        try {
            out.write(line);
        } catch (IOException ignored) {
            // tool_header_cb() does not look at fwrite()'s answer for the header file either
        }
    }

    void close() {
        if (file) {
            try {
                out.close();
            } catch (IOException ignored) {
                // as fclose() at the end of the transfer
            }
        }
    }
}
