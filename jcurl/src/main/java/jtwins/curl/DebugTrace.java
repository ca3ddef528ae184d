package jtwins.curl;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import jtwins.common.Diagnostics;

/**
 * The tool's debug callback (tool_cb_dbg.c): what libcurl tells it (its notes, the header block sent,
 * each header line received, the data each way, raw as it crossed the socket) written as -v
 * writes it ("* ", "> ", "< ", one "{ [N bytes data]" per run of data), or as --trace-ascii and
 * --trace dump it ("== Info:", "=> Send header, N bytes (0xN)" and the bytes, 64 a line as text or
 * 16 with their hex), each line after the time of day with --trace-time. The trace goes to stderr
 * (-v, or a file named "%"), stdout ("-") or the file, opened at the first note and left open.
 */
final class DebugTrace {
    enum Type { NONE, PLAIN, ASCII, BIN }

    private enum Info {
        TEXT("*", null), HEADER_IN("<", "<= Recv header"), HEADER_OUT(">", "=> Send header"),
        DATA_IN("{", "<= Recv data"), DATA_OUT("}", "=> Send data");

        final String plain;
        final String label;

        Info(String plain, String label) {
            this.plain = plain;
            this.label = label;
        }
    }

    private final Diagnostics errors;
    private final Type type;
    private final String dump;
    private final boolean time;
    private final boolean stdoutIsTerminal;
    private OutputStream opened;
    private boolean newl;
    private boolean tracedData;
    private int connections;

    DebugTrace(Diagnostics errors, CurlConfig config, boolean stdoutIsTerminal) {
        this.errors = errors;
        this.type = config.traceType;
        this.dump = config.traceDump;
        this.time = config.traceTime;
        this.stdoutIsTerminal = stdoutIsTerminal;
    }

    /** CURLOPT_VERBOSE: set whenever a trace of any kind is asked for. */
    boolean on() {
        return type != Type.NONE;
    }

    /** A note of libcurl's, as -v shows it after "* ". */
    void info(String text) {
        if (on()) {
            event(Info.TEXT, (text + "\n").getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** The header block as sent, in one piece. */
    void sent(String head) {
        if (on()) {
            event(Info.HEADER_OUT, head.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Body bytes sent after the header block. */
    void sentData(byte[] bytes) {
        if (on() && bytes.length > 0) {
            event(Info.DATA_OUT, bytes);
        }
    }

    /** One header line as received, CRLF included. */
    void received(String line) {
        if (on()) {
            event(Info.HEADER_IN, line.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Body bytes as read from the socket, before any de-chunking: the buffer's remaining bytes, left as they are. */
    void bodyData(ByteBuffer bytes) {
        if (on() && bytes.hasRemaining()) {
            byte[] copy = new byte[bytes.remaining()];
            bytes.duplicate().get(copy);
            event(Info.DATA_IN, copy);
        }
    }

    /** A read that gave the transfer no bytes of its own (openldap.c's search result): "[0 bytes data]". */
    void emptyRead() {
        if (on()) {
            event(Info.DATA_IN, new byte[0]);
        }
    }

    /** The "#N" of a connection, given as it is made: each new connection of this run counts up from 0. */
    synchronized int connectionNumber() {
        return connections++;
    }

    private synchronized void event(Info info, byte[] data) {
        String stamp = time ? stamp() : "";
        Output out = output();
        StringBuilder text = new StringBuilder();
        if (type == Type.PLAIN) {
            plain(text, info, data, stamp, out.standard);
        } else if (info == Info.TEXT) {
            text.append(stamp).append("== Info: ").append(new String(data, StandardCharsets.ISO_8859_1));
        } else {
            dump(text, stamp, info.label, data);
        }
        try {
            out.stream.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.stream.flush();
        } catch (IOException ignored) {
            // the callback's fprintf() failing is not looked at either
        }
    }

    /** The look libcurl's own verbose output has: a prefix at the start of each line, data as a count. */
    private void plain(StringBuilder text, Info info, byte[] data, String stamp, boolean standardStream) {
        String s = new String(data, StandardCharsets.ISO_8859_1);
        switch (info) {
            case HEADER_OUT -> {
                int start = 0;
                for (int i = 0; i < s.length() - 1; i++) {
                    if (s.charAt(i) == '\n') {
                        if (!newl) {
                            text.append(stamp).append(info.plain).append(' ');
                        }
                        text.append(s, start, i + 1);
                        start = i + 1;
                        newl = false;
                    }
                }
                if (!newl) {
                    text.append(stamp).append(info.plain).append(' ');
                }
                text.append(s, start, s.length());
                newl = !s.isEmpty() && s.charAt(s.length() - 1) != '\n';
                tracedData = false;
            }
            case TEXT, HEADER_IN -> {
                if (!newl) {
                    text.append(stamp).append(info.plain).append(' ');
                }
                text.append(s);
                newl = !s.isEmpty() && s.charAt(s.length() - 1) != '\n';
                tracedData = false;
            }
            case DATA_IN, DATA_OUT -> {
                // data that goes to the terminal is shown there, so it is not announced on stdout or stderr
                if (!tracedData && (!stdoutIsTerminal || !standardStream)) {
                    if (!newl) {
                        text.append(stamp).append(info.plain).append(' ');
                    }
                    text.append('[').append(data.length).append(" bytes data]\n");
                    newl = false;
                    tracedData = true;
                }
            }
        }
    }

    /** dump(): the label and the size, then the bytes 64 to a line (--trace-ascii, CRLF ending a line) or 16 with hex. */
    private void dump(StringBuilder text, String stamp, String label, byte[] p) {
        boolean ascii = type == Type.ASCII;
        int width = ascii ? 0x40 : 0x10;
        text.append(stamp).append(label).append(", ").append(p.length).append(" bytes (0x")
                .append(Integer.toHexString(p.length)).append(")\n");
        for (int i = 0; i < p.length; i += width) {
            text.append(String.format("%04x: ", i));
            if (!ascii) {
                for (int c = 0; c < width; c++) {
                    text.append(i + c < p.length ? String.format("%02x ", p[i + c] & 0xff) : "   ");
                }
            }
            for (int c = 0; c < width && i + c < p.length; c++) {
                if (ascii && i + c + 1 < p.length && p[i + c] == 0x0d && p[i + c + 1] == 0x0a) {
                    i += c + 2 - width;
                    break;
                }
                int b = p[i + c] & 0xff;
                text.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                if (ascii && i + c + 2 < p.length && p[i + c + 1] == 0x0d && p[i + c + 2] == 0x0a) {
                    i += c + 3 - width;
                    break;
                }
            }
            text.append('\n');
        }
    }

    /** "HH:MM:SS.uuuuuu " in local time. */
    private static String stamp() {
        LocalTime now = LocalTime.now();
        return String.format("%02d:%02d:%02d.%06d ", now.getHour(), now.getMinute(), now.getSecond(),
                now.getNano() / 1000);
    }

    private record Output(OutputStream stream, boolean standard) {
    }

    /** "-" is stdout, "%" the errors stream; a file is opened at the first note, and tried again while it cannot be. */
    private Output output() {
        if (dump.equals("-")) {
            return new Output(StdoutStream.OUT, true);
        }
        if (dump.equals("%")) {
            return new Output(errors.target(), errors.target() == Diagnostics.stderrStream()
                    || errors.target() == StdoutStream.OUT);
        }
        if (opened == null) {
            try {
                opened = new FileOutputStream(LocalPath.file(dump));
            } catch (IOException e) {
                return new Output(errors.target(), true);
            }
        }
        return new Output(opened, false);
    }
}
