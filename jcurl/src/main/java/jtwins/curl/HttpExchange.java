package jtwins.curl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import jtwins.common.trace.Trace;

/**
 * One HTTP/1.1 request and its response on a connected wire (lib/http.c, lib/transfer.c): the head
 * is sent, header lines are read (shown with -v, written with -i), then the body by Content-Length,
 * by chunks, or to the end of the stream, into the sink. The bytes counted are the bytes received,
 * as "with X out of Y bytes received" and %{size_download} count them.
 */
final class HttpExchange {
    /** The connection; an Upgrade: h2c answered with 101 turns it into HTTP/2 under the same exchange. */
    private Wire wire;
    private boolean upgradeToH2;
    private final TransferPulse pulse;
    private boolean compressed;
    private boolean noBody;
    private RtspSession rtsp;
    private String excessPath;
    private boolean ignoreContentLength;
    private HeaderDump etags;
    private HeaderDump dump;
    /** -i's sink for the header lines, also the trailers'; null without -i. */
    private BodySink headerSink;
    private boolean raw;
    private boolean http09Allowed;
    private long maxFilesize;
    private CookieJar jar;
    private String cookieHost;
    private String cookiePath;
    private boolean secureOrigin;
    private final DebugTrace verbose;
    /**
     * The curl tool's CURLOPT_BUFFERSIZE, 100 KiB (tool_operate.c BUFFER_SIZE), one recv() at most.
     * Direct: the socket's read(2) lands in it and a body's write(2) leaves from it, no heap copy between.
     */
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(102400);
    private boolean eof;
    private boolean connectAnswer;
    private boolean inBody;
    private long received;

    HttpExchange(Wire wire, TransferPulse pulse, DebugTrace verbose) {
        this.wire = wire;
        this.pulse = pulse;
        this.verbose = verbose;
        buffer.flip();
    }

    void send(String head, String body) throws IOException, TransferFailed {
        if (wire instanceof Http2Wire h2 && !head.isEmpty()) {
            // http2.c h2_submit(): the head becomes a HEADERS frame and -v shows it as it was left after
            byte[] data = body == null ? null : body.getBytes(StandardCharsets.ISO_8859_1);
            verbose.sent(h2.request(head, data, verbose));
            if (data != null) {
                verbose.sentData(data);
            }
            Trace.listener().requestSent(requestLine(head));
            return;
        }
        if (!head.isEmpty()) {
            verbose.sent(head);
        }
        byte[] bytes = (body == null ? head : head + body).getBytes(StandardCharsets.ISO_8859_1);
        if (body != null) {
            verbose.sentData(body.getBytes(StandardCharsets.ISO_8859_1));
        }
        try {
            wire.write(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw TransferFailed.sendFailure(e);
        }
        Trace.listener().requestSent(requestLine(head));
    }

    /** What a trace names a request by: its first line (the body alone when the head went before). */
    private static String requestLine(String head) {
        int end = head.indexOf("\r\n");
        return head.isEmpty() ? "the request body" : end < 0 ? head : head.substring(0, end);
    }

    /** The request asked for Upgrade: h2c, so a 101 switches the connection to HTTP/2. */
    void upgradeToH2(boolean asked) {
        this.upgradeToH2 = asked;
    }

    /** The connection as it is now, HTTP/2 after an upgrade. */
    Wire wire() {
        return wire;
    }

    /** Waits for the first byte of a response until the moment given; true if one came. */
    boolean awaitResponse(long until) throws IOException, TransferFailed {
        return buffer.hasRemaining() || wire.awaitReadable(until);
    }

    /**
     * Reads response heads until a final one (1xx are passed over), writing each line to the sink
     * when -i asks.
     */
    ResponseHead readHead(BodySink headerSink) throws IOException, TransferFailed {
        return readHead(headerSink, false);
    }

    /** As readHead(), returning a 1xx head too when asked (the 100 an Expect: waits for). */
    ResponseHead readHead(BodySink headerSink, boolean interimToo) throws IOException, TransferFailed {
        this.headerSink = headerSink;
        while (true) {
            String first = readLine();
            if (first == null || !first.endsWith("\n")) {
                // the stream ended inside the status line: "HT..." is waited for, anything else is HTTP/0.9
                if (first != null && !mayBecomeHttp(first)) {
                    return http09(first);
                }
                throw new TransferFailed(CurlCode.GOT_NOTHING, "Empty reply from server");
            }
            int status = rtsp != null ? ResponseHead.rtspStatusOf(first) : ResponseHead.statusOf(first);
            if (status < 0) {
                return http09(first);
            }
            ResponseHead.verify(first, true);
            ResponseHead head = new ResponseHead(status, first.startsWith("HTTP/1.0"));
            if (head.http10 && !connectAnswer) {
                // Curl_http_statusline(), before the line itself is shown
                verbose.info("HTTP 1.0, assume close after body");
            }
            emit(first, head, headerSink);
            while (true) {
                String line = readLine();
                if (line != null && line.length() >= MAX_HEADER_LINE) {
                    // the header buffer (CURL_MAX_HTTP_HEADER) cannot grow to hold it
                    throw new TransferFailed(CurlCode.OUT_OF_MEMORY, CurlCode.OUT_OF_MEMORY.text());
                }
                if (line == null || !line.endsWith("\n")) {
                    // the stream ended inside the head: curl ends the transfer with the header lines it
                    // got (no "Empty reply" once a line came); the body's rules (a Content-Length
                    // not met, chunks unfinished) and a Location to follow still apply
                    return head;
                }
                // a line that starts with CR or LF ends the head, whatever follows on it
                boolean end = line.startsWith("\r") || line.startsWith("\n");
                if (end && status >= 200 && !head.bodyless() && head.contentLength() < 0 && !head.chunked()
                        && !head.connectionEnds() && !head.http10 && !noBody && !(wire instanceof Http2Wire)) {
                    // RFC 2616 4.4 point 5: on HTTP/1.1 with neither a size nor chunks, the close ends the body
                    verbose.info("no chunk, no close, no size. Assume close to signal end");
                    head.closeAfter();
                }
                if (!end) {
                    ResponseHead.verify(line, false);
                    if (rtsp != null) {
                        rtsp.header(line);
                    }
                    if (!ignoreContentLength && !head.takeContentLength(line, verbose)) {
                        throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY, "Invalid Content-Length: value");
                    }
                    if (head.lengthOverflowed && maxFilesize > 0) {
                        throw new TransferFailed(CurlCode.FILESIZE_EXCEEDED, "Maximum file size exceeded");
                    }
                    if (!head.takeEncodings(line, compressed)) {
                        throw new TransferFailed(CurlCode.BAD_CONTENT_ENCODING,
                                "Reject response due to more than 5 content encodings");
                    }
                    if (jar != null && line.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
                        jar.setCookie(line.substring(11), cookieHost, cookiePath, secureOrigin, verbose);
                    }
                }
                // http.c shows a head's blank line to -v only where the headers really end: not after a 1xx
                // that another head follows (a 100, the 101 of an h2c upgrade), though -i writes it
                boolean another = status >= 100 && status < 200 && (status != 101 || upgradeToH2);
                emit(line, head, headerSink, !(end && another));
                if (connectAnswer && status / 100 == 2) {
                    // cf-h1-proxy.c, as each line is parsed: a tunnel's 2xx has no body (RFC 7231 4.3.6)
                    for (String name : new String[] {"Content-Length:", "Transfer-Encoding:"}) {
                        if (line.regionMatches(true, 0, name, 0, name.length())) {
                            verbose.info(String.format("Ignoring %s in CONNECT %03d response",
                                    name.substring(0, name.length() - 1), status));
                        }
                    }
                }
                if (end) {
                    break;
                }
                head.field(line.strip(), line.startsWith(" ") || line.startsWith("\t"));
            }
            if (status == 101 && upgradeToH2) {
                // http.c: "Switching to HTTP/2", the bytes after the 101's head being the server's first frames
                verbose.info("Received 101, Switching to HTTP/2");
                wire = Http2Wire.upgraded(wire, buffer, verbose);
                buffer.clear().flip();
                upgradeToH2 = false;
                continue;
            }
            if (status >= 200 || status < 100 || interimToo) {
                noteExcess(head);
                return head;
            }
        }
    }

    /**
     * readwrite_data(): a head after which no body is read (-I, a 204 or 304, Content-Length: 0)
     * whose read brought more bytes than the head says "Excess found" and leaves them.
     */
    private void noteExcess(ResponseHead head) {
        boolean stops = noBody || (head.status >= 200 && head.bodyless())
                || (!ignoreContentLength && head.contentLength() == 0);
        if (stops && buffer.hasRemaining() && excessPath != null && !(wire instanceof Http2Wire)) {
            verbose.info("Excess found: excess = " + buffer.remaining() + " url = " + excessPath + " (zero-length body)");
        }
    }

    /** RTSP: the status line is "RTSP/1.0 NNN" (checkrtspprefix()), each header line parsed as it comes. */
    void rtsp(RtspSession session) {
        this.rtsp = session;
    }

    /** The URL's path, which "Excess found" names (data->state.up.path); a CONNECT's answer has none. */
    void excessPath(String path) {
        this.excessPath = path;
    }

    /** A reply with no status line: with --http0.9 it is all body, read to the close; else curl's error 1. */
    private ResponseHead http09(String firstBytes) throws TransferFailed {
        if (!http09Allowed) {
            throw new TransferFailed(CurlCode.UNSUPPORTED_PROTOCOL, "Received HTTP/0.9 when not allowed");
        }
        return ResponseHead.http09(firstBytes);
    }

    /** --max-filesize: a size too large to read is refused at once. */
    void maxFilesize(long max) {
        this.maxFilesize = max;
    }

    /** --http0.9: a reply without a status line is taken as the body. */
    void http09Allowed(boolean allowed) {
        this.http09Allowed = allowed;
    }

    /** checkhttpprefix() on a partial first line: blanks, then as much of "HTTP/" as there is. */
    private static boolean mayBecomeHttp(String partial) {
        String s = partial.stripLeading();
        int n = Math.min(s.length(), 5);
        return s.substring(0, n).equalsIgnoreCase("HTTP/".substring(0, n));
    }

    /** --compressed: Content-Encoding is decoded, so its encodings count too. */
    void compressed(boolean on) {
        this.compressed = on;
    }

    /** No body follows the head: a HEAD request's answer, or a CONNECT's (http_proxy.c reads only the head). */
    void noBody(boolean none) {
        this.noBody = none;
    }

    /**
     * A proxy's answer to CONNECT, as http_proxy.c reads it rather than http.c: one byte at a time
     * (recv_CONNECT_resp()), so what the far end says at once (an FTP or SMTP greeting) stays on the
     * wire for the protocol after the tunnel, and its status line is not Curl_http_statusline()'s.
     */
    void connectAnswer() {
        this.connectAnswer = true;
    }

    /** --ignore-content-length: the header is not looked at, the body read to the end of the stream. */
    void ignoreContentLength(boolean ignore) {
        this.ignoreContentLength = ignore;
    }

    /** --raw: chunked framing and codings reach the output as they came. */
    void raw(boolean on) {
        this.raw = on;
    }

    /** The cookie engine: Set-Cookie lines go into the jar as set by host for path. */
    void cookiesTo(CookieJar jar, String host, String path, boolean secure) {
        this.jar = jar;
        this.cookieHost = host;
        this.cookiePath = path;
        this.secureOrigin = secure;
    }

    /** -D: each header line read from here on is also written there; null for none. */
    void dumpHeadersTo(HeaderDump dump) {
        this.dump = dump;
    }

    /** --etag-save: each ETag line's value from here on is written there; null for none. */
    void saveEtagsTo(HeaderDump etags) {
        this.etags = etags;
    }

    private void emit(String line, ResponseHead head, BodySink headerSink) throws TransferFailed {
        emit(line, head, headerSink, true);
    }

    private void emit(String line, ResponseHead head, BodySink headerSink, boolean shown) throws TransferFailed {
        if (shown) {
            verbose.received(line);
        }
        byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
        if (dump != null) {
            dump.write(bytes);
        }
        if (etags != null && line.regionMatches(true, 0, "etag:", 0, 5) && line.endsWith("\n")) {
            // tool_header_cb(): the value without its leading blanks and trailing white space, and a newline
            String value = line.substring(5).replaceFirst("^[ \t]+", "").stripTrailing();
            if (!value.isEmpty()) {
                etags.write((value + "\n").getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        head.headerBytes += bytes.length;
        if (headerSink != null) {
            headerSink.writeHeader(bytes);
        }
    }

    /** The body into the sink; -1 length means up to the end of the stream. */
    void readBody(ResponseHead head, BodySink sink) throws IOException, TransferFailed {
        // --raw (http_te_skip, http_ce_skip): nothing is undone
        BodyDecoder decoder = raw ? BodyDecoder.IDENTITY : BodyDecoder.stack(head.transferCodings, head.contentCodings);
        inBody = true;
        // a Content-Length of 0 stops the reading at the head (the excess is only noted)
        if (buffer.hasRemaining() && (head.chunked() || head.contentLength() != 0)) {
            verbose.bodyData(buffer);
        }
        if (head.chunked()) {
            readChunked(sink, decoder);
            return;
        }
        if (head.http09Body != null) {
            byte[] start = head.http09Body.getBytes(StandardCharsets.ISO_8859_1);
            decoder.write(ByteBuffer.wrap(start), sink);
            pulse.received(pulse.bytecount() + start.length);
        }
        long length = head.contentLength();
        long left = length;
        while (length < 0 || left > 0) {
            if (!fill()) {
                if (length >= 0) {
                    throw new TransferFailed(CurlCode.PARTIAL_FILE,
                            "transfer closed with " + left + " bytes remaining to read");
                }
                return;
            }
            int n = buffer.remaining();
            if (length >= 0 && n > left) {
                n = (int) left;
            }
            deliver(n, sink, decoder);
            left -= n;
        }
        decoder.finish(sink);
    }

    private void readChunked(BodySink sink, BodyDecoder decoder) throws IOException, TransferFailed {
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new TransferFailed(CurlCode.PARTIAL_FILE, "transfer closed with outstanding read data remaining");
            }
            if (raw) {
                rawFraming(sizeLine, sink);
            }
            long size = chunkSize(sizeLine);
            if (size == TOO_LONG_HEX) {
                throw new TransferFailed(CurlCode.RECV_ERROR, "Too long hexadecimal number in chunked-encoding");
            }
            if (size < 0) {
                throw new TransferFailed(CurlCode.RECV_ERROR, "Illegal or missing hexadecimal sequence in chunked-encoding");
            }
            if (size == 0) {
                String trailer;
                while ((trailer = readLine()) != null && !trailer.equals("\r\n") && !trailer.equals("\n")) {
                    if (raw) {
                        rawFraming(trailer, sink);
                        continue;
                    }
                    // http_chunks.c: a trailer line goes where header lines go, ended by CRLF whatever it had
                    byte[] line = (trailer.replaceAll("[\r\n]+$", "") + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                    if (dump != null) {
                        dump.write(line);
                    }
                    if (headerSink != null) {
                        headerSink.writeHeader(line);
                    }
                }
                if (raw && trailer != null) {
                    rawFraming(trailer, sink);
                }
                decoder.finish(sink);
                return;
            }
            long left = size;
            while (left > 0) {
                if (!fill()) {
                    throw new TransferFailed(CurlCode.PARTIAL_FILE, "transfer closed with outstanding read data remaining");
                }
                int n = (int) Math.min(buffer.remaining(), left);
                deliver(n, sink, decoder);
                left -= n;
            }
            String end = readLine();
            if (end == null) {
                throw new TransferFailed(CurlCode.PARTIAL_FILE, "transfer closed with outstanding read data remaining");
            }
            if (raw) {
                rawFraming(end, sink);
            }
        }
    }

    /** --raw: the chunks' own lines go to the output as they came, counted as body. */
    private void rawFraming(String line, BodySink sink) throws TransferFailed {
        byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
        sink.write(bytes, 0, bytes.length);
        pulse.received(pulse.bytecount() + bytes.length);
    }

    /** CURL_MAX_HTTP_HEADER: a header line this long does not fit curl's buffer. */
    private static final int MAX_HEADER_LINE = 100 * 1024;

    /** http_chunks.c: past 16 hex digits, too long. */
    private static final long TOO_LONG_HEX = -2;

    /**
     * The chunk size as http_chunks.c reads it: hex digits up to the first other character; none, or
     * a value past 63 bits, is illegal (-1); a 17th digit is too long (TOO_LONG_HEX).
     */
    private static long chunkSize(String line) {
        long v = 0;
        int digits = 0;
        boolean overflow = false;
        for (int i = 0; i < line.length(); i++) {
            int d = Character.digit(line.charAt(i), 16);
            if (d < 0) {
                break;
            }
            if (++digits > 16) {
                return TOO_LONG_HEX;
            }
            overflow |= v > (Long.MAX_VALUE - d) / 16;
            v = v * 16 + d;
        }
        return digits == 0 || overflow ? -1 : v;
    }

    /** Hands n buffered bytes to the decoder straight from the read buffer, without a copy. */
    private void deliver(int n, BodySink sink, BodyDecoder decoder) throws TransferFailed {
        decoder.write(buffer.slice(buffer.position(), n), sink);
        buffer.position(buffer.position() + n);
        pulse.received(pulse.bytecount() + n);
    }

    /** Ensures unread bytes in the buffer; false at the end of the stream. */
    private boolean fill() throws IOException, TransferFailed {
        if (buffer.hasRemaining()) {
            return true;
        }
        if (eof) {
            return false;
        }
        buffer.clear();
        if (connectAnswer) {
            buffer.limit(1);
        }
        int n;
        try {
            n = wire.read(buffer);
        } catch (IOException e) {
            buffer.flip();
            throw TransferFailed.recvFailure(e);
        }
        buffer.flip();
        if (n < 0) {
            eof = true;
            return false;
        }
        received += n;
        if (inBody) {
            verbose.bodyData(buffer);
        }
        return true;
    }

    /** One line up to and including its LF, or null at the end of the stream with nothing read. */
    private String readLine() throws IOException, TransferFailed {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (!fill()) {
                return line.length() == 0 ? null : line.toString();
            }
            while (buffer.hasRemaining()) {
                char c = (char) (buffer.get() & 0xff);
                line.append(c);
                if (c == '\n') {
                    return line.toString();
                }
            }
        }
    }

    long bytesOnWire() {
        return received;
    }

    /** Content-Encoding as --compressed undoes it: gzip, deflate, br, zstd; anything else is curl's error 61. */
    abstract static class BodyDecoder {
        static final BodyDecoder IDENTITY = new BodyDecoder() {
            @Override
            void write(ByteBuffer data, BodySink sink) throws TransferFailed {
                sink.write(data);
            }
        };

        /**
         * Curl_build_unencoding_stack(): the data meets the transfer codings first, the last named
         * first, then the content codings likewise; a name libcurl does not know fails when data comes.
         */
        static BodyDecoder stack(List<String> transfer, List<String> content) {
            BodyDecoder d = IDENTITY;
            for (String name : content) {
                d = of(name, d);
            }
            for (String name : transfer) {
                d = of(name, d);
            }
            return d;
        }

        private static BodyDecoder of(String encoding, BodyDecoder next) {
            if (encoding.equalsIgnoreCase("identity") || encoding.equalsIgnoreCase("none")) {
                return next;
            }
            if (encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip")) {
                return new Inflating(true, next);
            }
            if (encoding.equalsIgnoreCase("deflate")) {
                return new Inflating(false, next);
            }
            if (encoding.equalsIgnoreCase("br")) {
                return LibBrotliDecoding.available() ? new LibBrotliDecoding(next) : new StreamDecoding(true, next);
            }
            if (encoding.equalsIgnoreCase("zstd")) {
                return new StreamDecoding(false, next);
            }
            return new BodyDecoder() {
                @Override
                void write(ByteBuffer data, BodySink sink) throws TransferFailed {
                    throw new TransferFailed(CurlCode.BAD_CONTENT_ENCODING,
                            "Unrecognized content encoding type. libcurl understands deflate, gzip, br, zstd content encodings.");
                }
            };
        }

        /** The data's remaining bytes, received. */
        abstract void write(ByteBuffer data, BodySink sink) throws TransferFailed;

        void finish(BodySink sink) throws TransferFailed {
        }
    }

    /** zlib inflate, skipping a gzip header first (lib/content_encoding.c). */
    private static final class Inflating extends BodyDecoder {
        private Inflater inflater;
        /** deflate: a stream without the zlib header is raw deflate, as some servers send it (inflate_stream()). */
        private boolean started;
        private final boolean gzip;
        private byte[] pendingHeader = new byte[0];
        private final byte[] out = new byte[65536];
        private boolean headerDone;
        private final BodyDecoder next;

        Inflating(boolean gzip, BodyDecoder next) {
            this.gzip = gzip;
            this.next = next;
            this.inflater = new Inflater(gzip);
            this.headerDone = !gzip;
        }

        @Override
        void write(ByteBuffer data, BodySink sink) throws TransferFailed {
            int length = data.remaining();
            byte[] bytes = new byte[length];
            data.get(bytes);
            if (!headerDone) {
                byte[] all = new byte[pendingHeader.length + length];
                System.arraycopy(pendingHeader, 0, all, 0, pendingHeader.length);
                System.arraycopy(bytes, 0, all, pendingHeader.length, length);
                int skip = GzipHeader.length(all);
                if (skip == 0) {
                    pendingHeader = all;
                    return;
                }
                if (skip < 0) {
                    throw bad();
                }
                headerDone = true;
                inflater.setInput(all, skip, all.length - skip);
            } else {
                inflater.setInput(bytes, 0, length);
            }
            if (!gzip && !started) {
                started = true;
                try {
                    inflater.inflate(out, 0, 0);
                } catch (DataFormatException notZlib) {
                    inflater = new Inflater(true);
                    inflater.setInput(bytes, 0, length);
                }
            }
            try {
                while (!inflater.finished()) {
                    int n = inflater.inflate(out);
                    if (n == 0) {
                        if (inflater.needsInput() || inflater.needsDictionary()) {
                            break;
                        }
                    }
                    next.write(ByteBuffer.wrap(out, 0, n), sink);
                }
            } catch (DataFormatException e) {
                throw bad();
            }
        }

        private TransferFailed bad() {
            return new TransferFailed(CurlCode.BAD_CONTENT_ENCODING, "Error while processing content unencoding: "
                    + (gzip ? "invalid gzip header" : "invalid stored block lengths"));
        }
    }
}
