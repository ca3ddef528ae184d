package jtwins.curl.http2;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** HTTP/2's frame types, flags and error codes (RFC 9113 sections 6 and 7) and the frames curl opens with. */
public final class Http2Frames {
    public static final int HEADER_SIZE = 9;
    /** SETTINGS_MAX_FRAME_SIZE's default, which curl does not raise: no frame it receives is larger. */
    public static final int DEFAULT_MAX_FRAME = 16384;
    public static final int DEFAULT_WINDOW = 65535;
    /** http2.c HTTP2_HUGE_WINDOW_SIZE: curl's stream window and, once raised, its connection window. */
    public static final int CURL_WINDOW = 32 * 1024 * 1024;

    public static final int DATA = 0;
    public static final int HEADERS = 1;
    public static final int PRIORITY = 2;
    public static final int RST_STREAM = 3;
    public static final int SETTINGS = 4;
    public static final int PUSH_PROMISE = 5;
    public static final int PING = 6;
    public static final int GOAWAY = 7;
    public static final int WINDOW_UPDATE = 8;
    public static final int CONTINUATION = 9;

    public static final int END_STREAM = 0x1;
    public static final int ACK = 0x1;
    public static final int END_HEADERS = 0x4;
    public static final int PADDED = 0x8;
    public static final int PRIORITY_FLAG = 0x20;

    public static final int SETTINGS_HEADER_TABLE_SIZE = 1;
    public static final int SETTINGS_ENABLE_PUSH = 2;
    public static final int SETTINGS_MAX_CONCURRENT_STREAMS = 3;
    public static final int SETTINGS_INITIAL_WINDOW_SIZE = 4;
    public static final int SETTINGS_MAX_FRAME_SIZE = 5;

    public static final int NO_ERROR = 0;
    public static final int PROTOCOL_ERROR = 1;
    public static final int FLOW_CONTROL_ERROR = 3;
    public static final int FRAME_SIZE_ERROR = 6;
    public static final int REFUSED_STREAM = 7;
    public static final int COMPRESSION_ERROR = 9;

    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final String[] ERROR_NAMES = {"NO_ERROR", "PROTOCOL_ERROR", "INTERNAL_ERROR",
        "FLOW_CONTROL_ERROR", "SETTINGS_TIMEOUT", "STREAM_CLOSED", "FRAME_SIZE_ERROR", "REFUSED_STREAM", "CANCEL",
        "COMPRESSION_ERROR", "CONNECT_ERROR", "ENHANCE_YOUR_CALM", "INADEQUATE_SECURITY", "HTTP_1_1_REQUIRED"};

    private Http2Frames() {
    }

    /** One frame whose payload is what payload has left, ready to write. */
    public static ByteBuffer frame(int type, int flags, int stream, ByteBuffer payload) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_SIZE + payload.remaining());
        header(b, payload.remaining(), type, flags, stream);
        return b.put(payload).flip();
    }

    public static ByteBuffer frame(int type, int flags, int stream, byte[] payload) {
        return frame(type, flags, stream, ByteBuffer.wrap(payload));
    }

    /** The client's connection preface (RFC 9113 section 3.4). */
    public static byte[] preface() {
        return PREFACE.clone();
    }

    private static void header(ByteBuffer out, int length, int type, int flags, int stream) {
        out.put((byte) (length >>> 16)).put((byte) (length >>> 8)).put((byte) length);
        out.put((byte) type).put((byte) flags).putInt(stream & 0x7fffffff);
    }

    /** nghttp2_http2_strerror(): an error code's name in curl's messages. */
    public static String errorName(long code) {
        return code >= 0 && code < ERROR_NAMES.length ? ERROR_NAMES[(int) code] : "unknown";
    }

    /**
     * http2.c populate_settings(): MAX_CONCURRENT_STREAMS 100 (the multi handle's default), INITIAL_WINDOW_SIZE
     * 32 MiB, ENABLE_PUSH 0; the payload both of the SETTINGS frame and of an Upgrade's HTTP2-Settings.
     */
    public static byte[] curlSettings() {
        ByteBuffer b = ByteBuffer.allocate(18);
        b.putShort((short) SETTINGS_MAX_CONCURRENT_STREAMS).putInt(100);
        b.putShort((short) SETTINGS_INITIAL_WINDOW_SIZE).putInt(CURL_WINDOW);
        b.putShort((short) SETTINGS_ENABLE_PUSH).putInt(0);
        return b.array();
    }

    /**
     * What nghttp2 sends first as a client: the preface, curl's SETTINGS (none after an Upgrade carried them,
     * but nghttp2_session_upgrade2() queues them again) and the connection window raised to curl's.
     */
    public static ByteBuffer opening() {
        byte[] settings = curlSettings();
        ByteBuffer b = ByteBuffer.allocate(PREFACE.length + HEADER_SIZE + settings.length + HEADER_SIZE + 4);
        b.put(PREFACE);
        header(b, settings.length, SETTINGS, 0, 0);
        b.put(settings);
        header(b, 4, WINDOW_UPDATE, 0, 0);
        b.putInt(CURL_WINDOW - DEFAULT_WINDOW);
        return b.flip();
    }
}
