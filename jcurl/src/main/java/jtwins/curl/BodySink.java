package jtwins.curl;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Where a transfer's bytes go: stdout, or the -o/-O file, which is created with the first byte to
 * write (tool_write_cb), so a transfer that fails before any data leaves no file behind, and one that
 * stops half-way leaves what arrived.
 */
final class BodySink {
    private String filename;
    /** --no-clobber: an existing file is not overwritten; NAME.1 to NAME.99 are tried instead. */
    private boolean noClobber;
    private ToolMessages messages;
    /** A -J name: opened with O_EXCL, an existing file being a failure to open. */
    private boolean exclusive;
    private final boolean discard;
    /** -C: where the body starts; a file resumed into is appended to, and a retry cuts it back to here. */
    private final long init;
    private StdioBuffer out;
    private long bytes;

    BodySink(String filename) {
        this(filename, false, 0);
    }

    private BodySink(String filename, boolean discard, long init) {
        this.filename = filename;
        this.discard = discard;
        this.init = init;
    }

    /**
     * -C: a body that starts at this offset. A file is opened for appending at once (tool_operate.c's
     * fopen(outfile, "ab") before the transfer), so it exists even when the transfer then fails.
     */
    static BodySink resuming(String filename, long resumeFrom) throws IOException {
        BodySink sink = new BodySink(filename, false, resumeFrom);
        if (filename != null && resumeFrom > 0) {
            sink.open();
        }
        return sink;
    }

    /** --no-clobber for the file this sink makes; the warning when no name is free goes to messages. */
    BodySink noClobber(ToolMessages messages) {
        this.noClobber = true;
        this.messages = messages;
        return this;
    }

    /** Where a -J name's warning goes. */
    BodySink warningsTo(ToolMessages messages) {
        this.messages = messages;
        return this;
    }

    /**
     * -J: the file gets the name a Content-Disposition gave, when nothing is written yet; such a
     * name is never overwritten (CLOBBER_DEFAULT with is_cd_filename).
     */
    void renameBeforeWriting(String name) {
        if (out == null && name != null && !name.isEmpty()) {
            filename = name;
            if (!noClobber) {
                exclusive = true;
            }
        }
    }

    /** The file written, which --no-clobber may have numbered (%{filename_effective}); null for stdout. */
    String filename() {
        return filename;
    }

    /** Where a redirect's body goes when -L follows it: nowhere ("Ignoring the response-body"). */
    static BodySink discarding() {
        return new BodySink(null, true, 0);
    }

    long resumeFrom() {
        return init;
    }

    void write(byte[] b, int off, int len) throws TransferFailed {
        write(ByteBuffer.wrap(b, off, len));
    }

    /**
     * A header line -i puts in the output: written as the body is, but not counted among the bytes
     * a retry throws away (tool_header_cb() writes past outs->bytes).
     */
    void writeHeader(byte[] line) throws TransferFailed {
        long before = bytes;
        write(ByteBuffer.wrap(line));
        bytes = before;
    }

    /** The data's remaining bytes, through stdio's buffer as curl's fwrite() puts them. */
    void write(ByteBuffer data) throws TransferFailed {
        int len = data.remaining();
        if (len == 0 || discard) {
            return;
        }
        try {
            open();
            out.write(data);
            bytes += len;
        } catch (IOException e) {
            throw failure();
        }
    }

    private void open() throws IOException {
        if (out != null) {
            return;
        }
        if (filename == null) {
            out = StdoutStream.OUT;
            return;
        }
        // stdio's buffer, as curl's fwrite() has one: a failure shows at the flush when the body is small
        FileOutputStream file = noClobber && init == 0 ? createNew()
                : exclusive ? createExclusive() : new FileOutputStream(LocalPath.file(filename), init > 0);
        out = new StdioBuffer(file, file.getChannel());
    }

    private FileOutputStream createExclusive() throws IOException {
        try {
            java.nio.file.Files.newByteChannel(LocalPath.of(filename), java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE).close();
            return new FileOutputStream(LocalPath.file(filename));
        } catch (java.nio.file.FileAlreadyExistsException taken) {
            if (messages != null) {
                messages.warn("Failed to open the file " + filename + ": File exists");
            }
            throw taken;
        }
    }

    /** tool_create_output_file()'s CLOBBER_NEVER: O_EXCL on the name, then on NAME.1 up to NAME.99. */
    private FileOutputStream createNew() throws IOException {
        java.nio.file.Path wanted = LocalPath.of(filename);
        for (int n = 0; n < 100; n++) {
            java.nio.file.Path p = n == 0 ? wanted : LocalPath.of(filename + "." + n);
            try {
                java.nio.file.Files.newByteChannel(p, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE).close();
                filename = p.toString();
                return new FileOutputStream(LocalPath.file(filename));
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // the next number
            }
        }
        messages.warn("Failed to open the file " + wanted + ": File exists");
        throw new IOException("File exists");
    }

    private static TransferFailed failure() {
        return new TransferFailed(CurlCode.WRITE_ERROR, "Failure writing output to destination");
    }

    /** The file made empty when nothing was written to it; false when it cannot be made. */
    boolean createIfUnwritten() {
        if (filename == null || discard || out != null) {
            return true;
        }
        try {
            open();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    long bytes() {
        return bytes;
    }

    boolean toFile() {
        return filename != null;
    }

    /** Drops what this attempt wrote to a file before a retry (tool_operate.c "Throwing away N bytes"). */
    void truncate() throws IOException {
        if (out != null && filename != null) {
            out.close();
            FileOutputStream file = new FileOutputStream(LocalPath.file(filename), true);
            file.getChannel().truncate(init);
            out = new StdioBuffer(file, file.getChannel());
            bytes = 0;
        }
    }

    /** fclose() or fflush() at the end of a transfer; false when what was buffered could not be written. */
    boolean close() {
        try {
            if (out != null && filename != null) {
                out.close();
            } else if (out != null) {
                out.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
