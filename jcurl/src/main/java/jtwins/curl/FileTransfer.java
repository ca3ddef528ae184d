package jtwins.curl;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * lib/file.c: a file:// URL. A read sends Content-Length, Accept-ranges and Last-Modified as
 * header lines (seen with -i, -I or -D), then the file's bytes from -r's or -C's offset; a
 * directory reads as nothing. -T writes the upload into the file (appended with -C). A file that
 * cannot be opened is 37, one that cannot be written 23.
 */
final class FileTransfer {
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final TransferInfo info;
    private final HeaderDump dump;

    FileTransfer(CurlConfig config, TransferPulse pulse, TransferInfo info, HeaderDump dump) {
        this.config = config;
        this.pulse = pulse;
        this.info = info;
        this.dump = dump;
    }

    void run(CurlUrl url, BodySink sink, Upload upload) throws IOException, TransferFailed {
        // Curl_urldecode() of the path, a %00 refused
        String path = UrlDecoding.decode(url.path(), UrlDecoding.Reject.ZERO);
        if (path == null) {
            throw new TransferFailed(CurlCode.URL_MALFORMAT, CurlUrl.BAD_FORMAT);
        }
        if (upload != null) {
            upload(url, path, upload);
            return;
        }
        Path file = LocalPath.of(path);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!Files.isReadable(file)) {
                throw new IOException("unreadable");
            }
        } catch (IOException | RuntimeException e) {
            throw new TransferFailed(CurlCode.FILE_COULDNT_READ_FILE, "Couldn't open file " + url.path());
        }
        long size = attributes.isDirectory() ? -1 : attributes.size();
        long mtime = attributes.lastModifiedTime().toMillis() / 1000;
        info.fileTime = mtime;
        BodySink headers = config.include || config.head ? sink : null;
        if (size >= 0) {
            header("Content-Length: " + size + "\r\n", headers);
            header("Accept-ranges: bytes\r\n", headers);
        }
        header("Last-Modified: " + CurlDate.httpDate(mtime) + "\r\n" + (config.head ? "" : "\r\n"), headers);
        pulse.expectedSize(size);
        if (config.head || attributes.isDirectory()) {
            return;
        }
        long[] range = range(size);
        long from = range[0];
        long want = range[1];
        if (from > 0 && from > size) {
            throw new TransferFailed(CurlCode.BAD_DOWNLOAD_RESUME, "failed to resume file:// transfer");
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            long left = want >= 0 ? want : size - from;
            byte[] buf = new byte[102400];
            long count = 0;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n <= 0) {
                    break;
                }
                sink.write(buf, 0, n);
                count += n;
                left -= n;
                pulse.received(count);
            }
            info.sizeDownload = count;
        }
    }

    /** Curl_range() for a file: "X-" from X, "-Y" the last Y bytes, "X-Y" inclusive; else -C's offset. {from, length or -1}. */
    private long[] range(long size) throws TransferFailed {
        if (config.range == null) {
            long from = config.resumeFromCurrent ? 0 : config.resumeFrom;
            return new long[] {from, -1};
        }
        String r = config.range;
        int dash = r.indexOf('-');
        String a = dash < 0 ? r : r.substring(0, dash).strip();
        String b = dash < 0 ? "" : r.substring(dash + 1).strip();
        try {
            if (!a.isEmpty() && b.isEmpty()) {
                return new long[] {Long.parseLong(a), -1};
            }
            if (a.isEmpty() && !b.isEmpty()) {
                long last = Long.parseLong(b);
                return new long[] {Math.max(0, size - last), last};
            }
            long from = Long.parseLong(a);
            long to = Long.parseLong(b.replaceAll("[^0-9].*$", ""));
            if (from > to) {
                throw new TransferFailed(CurlCode.RANGE_ERROR, CurlCode.RANGE_ERROR.text());
            }
            return new long[] {from, to - from + 1};
        } catch (NumberFormatException e) {
            throw new TransferFailed(CurlCode.RANGE_ERROR, CurlCode.RANGE_ERROR.text());
        }
    }

    /** file_upload(): the data into the file, made 0644 or emptied, or appended from -C's offset on. */
    private void upload(CurlUrl url, String path, Upload upload) throws TransferFailed {
        long resume = config.resumeFrom;
        boolean append = resume > 0 || config.resumeFromCurrent;
        if (config.resumeFromCurrent) {
            try {
                resume = Files.size(LocalPath.of(path));
            } catch (IOException e) {
                throw new TransferFailed(CurlCode.WRITE_ERROR, "Can't get the size of " + path);
            }
        }
        byte[] data = upload.data.getBytes(StandardCharsets.ISO_8859_1);
        int skip = (int) Math.min(data.length, Math.max(0, resume));
        try (FileOutputStream out = new FileOutputStream(LocalPath.file(path), append)) {
            out.write(data, skip, data.length - skip);
        } catch (IOException e) {
            throw new TransferFailed(CurlCode.WRITE_ERROR, "Can't open " + path + " for writing");
        }
        info.sizeUpload = data.length - skip;
    }

    private void header(String lines, BodySink headers) throws TransferFailed {
        byte[] bytes = lines.getBytes(StandardCharsets.ISO_8859_1);
        if (dump != null) {
            dump.write(bytes);
        }
        if (headers != null) {
            headers.writeHeader(bytes);
        }
    }
}
