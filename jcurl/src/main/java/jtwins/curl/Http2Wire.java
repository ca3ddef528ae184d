package jtwins.curl;

import static jtwins.curl.http2.Http2Frames.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import jtwins.common.process.OwnPid;
import jtwins.curl.http2.HpackDecoder;
import jtwins.curl.http2.HpackEncoder;
import jtwins.curl.http2.Http2Frames;

/**
 * An HTTP/2 connection under the HTTP/1 code, as curl 7.88.1's nghttp2 filter sits under http.c: the
 * request head http.c built is taken apart into a HEADERS frame (h2h3.c Curl_pseudo_headers()), and a
 * stream's response comes back up as HTTP/1 text ("HTTP/2 200 \r\n", "name: value\r\n", http2.c
 * on_header()) followed by its DATA, the stream's end being the end of what read() gives. One stream
 * at a time; the connection stays for the next request (a new odd stream id) until the peer's GOAWAY.
 * Every wait is the lower wire's, so the transfer's clocks bound HTTP/2 as they bound HTTP/1.
 */
final class Http2Wire implements Wire {
    private final Wire lower;
    private final boolean tls;
    private final HpackDecoder decoder = new HpackDecoder();
    private final ByteBuffer in = ByteBuffer.allocate(HEADER_SIZE + DEFAULT_MAX_FRAME);
    private final ByteBuffer leftover;
    private boolean opened;
    private ByteBuffer unsentOpening;
    private int nextStream = 1;
    private Stream stream;
    private int peerMaxFrame = DEFAULT_MAX_FRAME;
    private int peerInitialWindow = DEFAULT_WINDOW;
    private long connectionSendWindow = DEFAULT_WINDOW;
    private long connectionUnacked;
    private boolean goaway;
    private boolean lowerEnded;
    /** nghttp2 ended the session on a connection error: what a stream has is all it gets. */
    private boolean terminated;
    private boolean settingsSeen;
    /** A header block spread over HEADERS and CONTINUATION frames. */
    private ByteArrayOutputStream block;
    private int blockStream;
    private boolean blockEndsStream;

    private static final class Stream {
        final int id;
        final ArrayDeque<ByteBuffer> view = new ArrayDeque<>();
        long sendWindow;
        long unacked;
        boolean headersDone;
        boolean closed;
        long resetCode = -1;

        Stream(int id, long sendWindow) {
            this.id = id;
            this.sendWindow = sendWindow;
        }
    }

    private Http2Wire(Wire lower, boolean tls, ByteBuffer leftover) {
        this.lower = lower;
        this.tls = tls;
        this.leftover = leftover;
        in.flip();
    }

    /** A connection that speaks HTTP/2 from its first byte: ALPN's h2, or --http2-prior-knowledge. */
    static Http2Wire direct(Wire lower, boolean tls) {
        return new Http2Wire(lower, tls, null);
    }

    /**
     * http2.c Curl_http2_upgrade(): after a 101 to an Upgrade: h2c request, which is stream 1, its
     * request already sent; what came after the 101's head is the server's first frames.
     */
    static Http2Wire upgraded(Wire lower, ByteBuffer after, DebugTrace verbose) throws IOException, TransferFailed {
        ByteBuffer rest = ByteBuffer.allocate(after.remaining()).put(after).flip();
        if (rest.hasRemaining()) {
            verbose.info("Copying HTTP/2 data in stream buffer to connection buffer after upgrade: len="
                    + rest.remaining());
        }
        Http2Wire h2 = new Http2Wire(lower, false, rest);
        h2.open();
        // stream 1 was the upgrade's request: the opening goes alone
        h2.writeLower(ByteBuffer.allocate(0));
        h2.stream = new Stream(h2.nextStream, h2.peerInitialWindow);
        h2.nextStream += 2;
        return h2;
    }

    /**
     * Sends one request, the head http.c made taken apart as h2h3.c does, then the body as DATA.
     * Returns the head as curl's -v shows it after the send.
     */
    String request(String head, byte[] body, DebugTrace verbose) throws IOException, TransferFailed {
        H2h3Request request = H2h3Request.of(head, tls);
        HpackEncoder encoder = new HpackEncoder();
        for (String[] f : request.fields()) {
            verbose.info("h2h3 [" + f[0] + ": " + f[1] + "]");
            encoder.field(f[0], f[1]);
        }
        open();
        stream = new Stream(nextStream, peerInitialWindow);
        nextStream += 2;
        verbose.info("Using Stream ID: " + stream.id + " (easy handle 0x" + Long.toHexString(easyHandle()) + ")");
        sendHeaders(encoder.block(), body == null);
        if (body != null) {
            sendData(ByteBuffer.wrap(body));
        }
        return request.shown();
    }

    /** A stand-in for the easy handle's address, stable for the run, in the range a heap pointer has. */
    private static long easyHandle() {
        return 0x550000000000L | (OwnPid.get() << 12 & 0xffffffffffL) | 0x4b0;
    }

    /**
     * The client's opening frames, sent in one write with what follows them (the first HEADERS), as
     * nghttp2's session_send() gathers them: a server that answers the preface and closes at once
     * sees all of it rather than a broken pipe.
     */
    private void open() {
        if (!opened) {
            opened = true;
            unsentOpening = Http2Frames.opening();
        }
    }

    private void sendHeaders(byte[] block, boolean endStream) throws IOException, TransferFailed {
        int at = 0;
        boolean first = true;
        do {
            int n = Math.min(block.length - at, peerMaxFrame);
            boolean last = at + n == block.length;
            int flags = (last ? END_HEADERS : 0) | (first && endStream ? END_STREAM : 0);
            writeLower(Http2Frames.frame(first ? HEADERS : CONTINUATION, flags, stream.id, ByteBuffer.wrap(block, at, n)));
            at += n;
            first = false;
        } while (at < block.length);
    }

    /** The body as DATA frames within the peer's windows, waiting for its WINDOW_UPDATEs; the last ends the stream. */
    private void sendData(ByteBuffer body) throws IOException, TransferFailed {
        do {
            long room = Math.min(Math.min(connectionSendWindow, stream.sendWindow), peerMaxFrame);
            if (room <= 0 && body.hasRemaining()) {
                if (!readFrame()) {
                    throw new TransferFailed(CurlCode.SEND_ERROR, "Send failure: Broken pipe");
                }
                if (stream.closed) {
                    return;
                }
                continue;
            }
            int n = (int) Math.max(0, Math.min(room, body.remaining()));
            ByteBuffer frame = Http2Frames.frame(DATA, n == body.remaining() ? END_STREAM : 0, stream.id,
                    body.slice().limit(n));
            body.position(body.position() + n);
            connectionSendWindow -= n;
            stream.sendWindow -= n;
            writeLower(frame);
        } while (body.hasRemaining());
    }

    private void writeLower(ByteBuffer b) throws IOException, TransferFailed {
        if (unsentOpening != null) {
            ByteBuffer both = ByteBuffer.allocate(unsentOpening.remaining() + b.remaining()).put(unsentOpening).put(b);
            unsentOpening = null;
            b = both.flip();
        }
        try {
            lower.write(b);
        } catch (IOException e) {
            throw TransferFailed.sendFailure(e);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException, TransferFailed {
        while (stream.view.isEmpty()) {
            if (stream.closed) {
                return ended();
            }
            if (terminated) {
                // h2_process_pending_input(): a session with nothing left to do, no stream error: "GOAWAY received"
                return -1;
            }
            if (!readFrame()) {
                // http2.c: the connection ended under an open stream, whose data may be incomplete
                throw new TransferFailed(CurlCode.PARTIAL_FILE, "HTTP/2 stream " + stream.id
                        + " was not closed cleanly before end of the underlying stream");
            }
        }
        ByteBuffer next = stream.view.peek();
        int n = Math.min(next.remaining(), dst.remaining());
        dst.put(next.slice().limit(n));
        next.position(next.position() + n);
        if (!next.hasRemaining()) {
            stream.view.poll();
        }
        return n;
    }

    /** http2_handle_stream_close(): a reset stream or one closed before its head is an error, else the end. */
    private int ended() throws TransferFailed {
        if (stream.resetCode == REFUSED_STREAM) {
            // curl retries a refused stream on a new connection, which the transfer's retry path does
            goaway = true;
            throw new TransferFailed(CurlCode.RECV_ERROR, CurlCode.RECV_ERROR.text());
        }
        if (stream.resetCode > 0) {
            throw new TransferFailed(CurlCode.HTTP2_STREAM, "HTTP/2 stream " + stream.id + " was not closed cleanly: "
                    + Http2Frames.errorName(stream.resetCode) + " (err " + stream.resetCode + ")");
        }
        if (!stream.headersDone) {
            throw new TransferFailed(CurlCode.HTTP2_STREAM, "HTTP/2 stream " + stream.id + " was closed cleanly, but"
                    + " before getting  all response header fields, treated as error");
        }
        return -1;
    }

    @Override
    public boolean awaitReadable(long until) throws IOException, TransferFailed {
        while (stream.view.isEmpty() && !stream.closed && !terminated) {
            if (!frameBuffered() && !(leftover != null && leftover.hasRemaining()) && !lower.awaitReadable(until)) {
                return false;
            }
            if (!readFrame()) {
                return true;
            }
        }
        return true;
    }

    /** A whole frame is buffered, or a frame header that announces more than a frame may hold. */
    private boolean frameBuffered() {
        if (in.remaining() < HEADER_SIZE) {
            return false;
        }
        int length = announcedLength();
        return length > DEFAULT_MAX_FRAME || in.remaining() >= HEADER_SIZE + length;
    }

    private int announcedLength() {
        return (in.get(in.position()) & 0xff) << 16 | (in.get(in.position() + 1) & 0xff) << 8
                | (in.get(in.position() + 2) & 0xff);
    }

    /** Reads and handles one frame; false at the end of the underlying stream. */
    private boolean readFrame() throws IOException, TransferFailed {
        while (!frameBuffered()) {
            if (lowerEnded) {
                return false;
            }
            in.compact();
            int n;
            if (leftover != null && leftover.hasRemaining()) {
                n = Math.min(leftover.remaining(), in.remaining());
                in.put(leftover.slice().limit(n));
                leftover.position(leftover.position() + n);
            } else {
                n = lower.read(in);
            }
            in.flip();
            if (n < 0) {
                lowerEnded = true;
                return false;
            }
        }
        if (announcedLength() > DEFAULT_MAX_FRAME) {
            // larger than the SETTINGS_MAX_FRAME_SIZE curl leaves at its default (an HTTP/1 reply, say)
            connectionFailed(FRAME_SIZE_ERROR);
            return true;
        }
        int length = (in.get() & 0xff) << 16 | (in.get() & 0xff) << 8 | (in.get() & 0xff);
        int type = in.get() & 0xff;
        int flags = in.get() & 0xff;
        int id = in.getInt() & 0x7fffffff;
        byte[] payload = new byte[length];
        in.get(payload);
        handle(type, flags, id, payload);
        return true;
    }

    private void handle(int type, int flags, int id, byte[] payload) throws IOException, TransferFailed {
        if (!settingsSeen && (type != SETTINGS || (flags & ACK) != 0)) {
            // the server's connection preface is a SETTINGS frame
            connectionFailed(PROTOCOL_ERROR);
            return;
        }
        settingsSeen = true;
        if (block != null && type != CONTINUATION) {
            connectionFailed(PROTOCOL_ERROR);
            return;
        }
        switch (type) {
            case DATA -> data(flags, id, payload);
            case HEADERS -> {
                int start = 0;
                int end = payload.length;
                if ((flags & PADDED) != 0) {
                    start++;
                    end -= payload[0] & 0xff;
                }
                if ((flags & PRIORITY_FLAG) != 0) {
                    start += 5;
                }
                if (start > end) {
                    connectionFailed(PROTOCOL_ERROR);
                    return;
                }
                block = new ByteArrayOutputStream();
                block.write(payload, start, end - start);
                blockStream = id;
                blockEndsStream = (flags & END_STREAM) != 0;
                if ((flags & END_HEADERS) != 0) {
                    headerBlockDone();
                }
            }
            case CONTINUATION -> {
                if (block == null || id != blockStream) {
                    connectionFailed(PROTOCOL_ERROR);
                    return;
                }
                block.write(payload, 0, payload.length);
                if ((flags & END_HEADERS) != 0) {
                    headerBlockDone();
                }
            }
            case RST_STREAM -> {
                if (stream != null && id == stream.id && payload.length == 4) {
                    stream.resetCode = ByteBuffer.wrap(payload).getInt() & 0xffffffffL;
                    stream.closed = true;
                }
            }
            case SETTINGS -> settings(flags, payload);
            case PING -> {
                if ((flags & ACK) == 0) {
                    writeLower(Http2Frames.frame(PING, ACK, 0, payload));
                }
            }
            case GOAWAY -> {
                goaway = true;
                if (payload.length >= 8) {
                    int lastStream = ByteBuffer.wrap(payload).getInt() & 0x7fffffff;
                    if (stream != null && !stream.closed && stream.id > lastStream) {
                        // never processed by the server: refused, to be tried again elsewhere
                        stream.resetCode = REFUSED_STREAM;
                        stream.closed = true;
                    }
                }
            }
            case WINDOW_UPDATE -> {
                long increment = payload.length == 4 ? ByteBuffer.wrap(payload).getInt() & 0x7fffffff : 0;
                if (id == 0) {
                    connectionSendWindow += increment;
                } else if (stream != null && id == stream.id) {
                    stream.sendWindow += increment;
                }
            }
            case PUSH_PROMISE -> connectionFailed(PROTOCOL_ERROR);
            default -> {
                // PRIORITY and unknown types are passed over (RFC 9113 section 4.1)
            }
        }
    }

    private void data(int flags, int id, byte[] payload) throws IOException, TransferFailed {
        int start = 0;
        int end = payload.length;
        if ((flags & PADDED) != 0) {
            start = 1;
            end -= payload[0] & 0xff;
            if (end < start) {
                connectionFailed(PROTOCOL_ERROR);
                return;
            }
        }
        // the whole frame counts against the windows, padding included
        connectionUnacked += payload.length;
        if (connectionUnacked >= CURL_WINDOW / 2) {
            windowUpdate(0, connectionUnacked);
            connectionUnacked = 0;
        }
        if (stream == null || id != stream.id || stream.closed) {
            return;
        }
        stream.unacked += payload.length;
        if (stream.unacked >= CURL_WINDOW / 2 && (flags & END_STREAM) == 0) {
            windowUpdate(stream.id, stream.unacked);
            stream.unacked = 0;
        }
        if (end > start) {
            stream.view.add(ByteBuffer.wrap(payload, start, end - start));
        }
        if ((flags & END_STREAM) != 0) {
            stream.closed = true;
        }
    }

    private void windowUpdate(int id, long increment) throws IOException, TransferFailed {
        writeLower(Http2Frames.frame(WINDOW_UPDATE, 0, id, ByteBuffer.allocate(4).putInt((int) increment).flip()));
    }

    /** on_header() and on_frame_recv(): the fields as HTTP/1 header lines, ":status" as the status line. */
    private void headerBlockDone() throws TransferFailed {
        List<String[]> fields;
        try {
            fields = decoder.decode(block.toByteArray());
        } catch (HpackDecoder.CompressionError e) {
            // nghttp2_session_mem_recv() fails outright on a broken header block: NGHTTP2_ERR_HEADER_COMP
            goaway = true;
            throw new TransferFailed(CurlCode.RECV_ERROR, "h2_process_pending_input: nghttp2_session_mem_recv()"
                    + " returned -523:Header compression/decompression error");
        }
        block = null;
        if (stream == null || blockStream != stream.id || stream.closed) {
            return;
        }
        if (!stream.headersDone) {
            StringBuilder text = new StringBuilder();
            String status = null;
            for (String[] f : fields) {
                if (f[0].equals(":status")) {
                    status = f[1];
                } else if (!f[0].startsWith(":")) {
                    text.append(f[0]).append(": ").append(f[1]).append("\r\n");
                }
            }
            if (status == null) {
                stream.resetCode = PROTOCOL_ERROR;
                stream.closed = true;
                return;
            }
            text.insert(0, "HTTP/2 " + status + " \r\n").append("\r\n");
            stream.view.add(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.ISO_8859_1)));
            // a 1xx head is followed by another; the final one starts the body
            stream.headersDone = status.length() != 3 || status.charAt(0) != '1';
        }
        if (blockEndsStream) {
            stream.closed = true;
        }
    }

    /**
     * nghttp2_session_terminate_session() on a connection error, told to the server in a GOAWAY:
     * the session has nothing more to do, its open stream neither reset nor failed, so curl takes
     * what the stream had as all there is ("Empty reply from server" when that is nothing).
     */
    private void connectionFailed(int code) throws IOException {
        goaway = true;
        terminated = true;
        block = null;
        try {
            writeLower(Http2Frames.frame(GOAWAY, 0, 0, ByteBuffer.allocate(8).putInt(0).putInt(code).flip()));
        } catch (TransferFailed peerGone) {
            // the session ends the same whether the server hears why or not
        }
    }

    @Override
    public void write(ByteBuffer src) throws IOException, TransferFailed {
        sendData(src);
    }

    @Override
    public void rebind(TransferPulse pulse) {
        lower.rebind(pulse);
    }

    /**
     * http2.c cf_h2_is_alive(): frames waiting on an idle connection are handled, not taken as its end
     * (a PING, new SETTINGS); a GOAWAY or the connection's end is.
     */
    @Override
    public boolean seemsDead() throws IOException {
        try {
            while (!goaway && !lowerEnded && (frameBuffered() || lower.awaitReadable(System.nanoTime()))) {
                if (!readFrame()) {
                    break;
                }
            }
        } catch (TransferFailed e) {
            return true;
        }
        return goaway || lowerEnded;
    }

    /** Whether the connection may carry another request once this one is done. */
    boolean reusable() {
        return !goaway && !lowerEnded;
    }

    @Override
    public void close() throws IOException {
        lower.close();
    }

    private void settings(int flags, byte[] payload) throws IOException, TransferFailed {
        if ((flags & ACK) != 0) {
            return;
        }
        if (payload.length % 6 != 0) {
            connectionFailed(FRAME_SIZE_ERROR);
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(payload);
        while (b.hasRemaining()) {
            int id = b.getShort() & 0xffff;
            long value = b.getInt() & 0xffffffffL;
            if (id == SETTINGS_INITIAL_WINDOW_SIZE) {
                if (stream != null) {
                    stream.sendWindow += value - peerInitialWindow;
                }
                peerInitialWindow = (int) value;
            } else if (id == SETTINGS_MAX_FRAME_SIZE) {
                peerMaxFrame = (int) value;
            }
        }
        writeLower(Http2Frames.frame(SETTINGS, ACK, 0, new byte[0]));
    }
}
