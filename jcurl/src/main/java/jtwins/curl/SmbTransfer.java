package jtwins.curl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jtwins.common.process.OwnPid;

/**
 * An smb:// URL as lib/smb.c speaks SMB1: on a new connection NEGOTIATE ("NT LM 0.12") and
 * SESSION_SETUP_ANDX with the LM and NT responses to the server's challenge (the connect phase,
 * under the connect timeout), then for the request TREE_CONNECT_ANDX to the share, NT_CREATE_ANDX
 * of the path, READ_ANDX or WRITE_ANDX in 32 KiB pieces, CLOSE and TREE_DISCONNECT; the connection
 * is closed after it. A refused share or file is 78 (9 for ERRDOS/ERRnoaccess); a refused login 67.
 */
final class SmbTransfer {
    private static final int MAX_PAYLOAD = 0x8000;
    private static final int MAX_MESSAGE = MAX_PAYLOAD + 0x1000;
    private static final int HEADER = 36;
    private static final int ERR_NOACCESS = 0x00050001;
    private static final String OS = "x86_64-pc-linux-gnu";

    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private Wire wire;
    private ByteBuffer in = ByteBuffer.allocate(MAX_MESSAGE + 4);
    private int uid;
    private int tid;

    SmbTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                ConnectionSetup connections) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
    }

    void run(CurlUrl url, RequestScope scope, BodySink sink, HttpAuth auth, Upload upload, String user,
             String password) throws IOException, TransferFailed {
        info.urlEffective = url.effective();
        info.scheme = "SMB";
        // smb_parse_url_path(), as the connection is set up: the share, and the path with backslashes
        String decoded = UrlDecoding.decode(url.path(), UrlDecoding.Reject.CTRL);
        if (decoded == null) {
            info.connectionId = -1;
            throw TransferFailed.withoutFailf(CurlCode.URL_MALFORMAT);
        }
        String share = decoded.startsWith("/") || decoded.startsWith("\\") ? decoded.substring(1) : decoded;
        int slash = share.indexOf('/') >= 0 ? share.indexOf('/') : share.indexOf('\\');
        if (slash < 0) {
            info.connectionId = -1;
            throw new TransferFailed(CurlCode.URL_MALFORMAT, "missing share in URL path for SMB");
        }
        String path = share.substring(slash + 1).replace('/', '\\');
        share = share.substring(0, slash);
        // what Debian's curl shows: each smb:// transfer's connection is closed after it
        info.connectionEnds = true;
        try (Wire w = connections.open(url, null, false, scope, sink, auth)) {
            wire = w;
            if (user == null) {
                // smb_connect(): no credentials, no SMB
                throw TransferFailed.withoutFailf(CurlCode.LOGIN_DENIED);
            }
            login(url, user, password == null ? "" : password);
            pulse.stage(Stage.PERFORMING);
            if (upload != null && !upload.sizeKnown) {
                throw new TransferFailed(CurlCode.SEND_ERROR, "SMB upload needs to know the size up front");
            }
            CurlCode result = request(url, share, path, upload, sink);
            if (result != CurlCode.OK) {
                throw TransferFailed.withoutFailf(result);
            }
        }
    }

    /** smb_connection_state(): NEGOTIATE, then SESSION_SETUP_ANDX with the responses to its challenge. */
    private void login(CurlUrl url, String user, String password) throws IOException, TransferFailed {
        send(0x72, hex("000c00024e54204c4d20302e313200"));
        ByteBuffer r = receive(true);
        if (r.limit() < 74 + 8 - 1 || r.getInt(9) != 0) {
            throw TransferFailed.withoutFailf(CurlCode.COULDNT_CONNECT);
        }
        byte[] challenge = Arrays.copyOfRange(r.array(), 73, 81);
        int sessionKey = r.getInt(52);
        int at = user.indexOf('/') >= 0 ? user.indexOf('/') : user.indexOf('\\');
        String name = at < 0 ? user : user.substring(at + 1);
        String domain = at < 0 ? url.host() : user.substring(0, at);
        byte[] pw = password.getBytes(StandardCharsets.ISO_8859_1);
        byte[] lm = NtlmCrypto.lmResponse(NtlmCrypto.lmHash(pw), challenge);
        byte[] nt = NtlmCrypto.lmResponse(NtlmCrypto.ntHash(pw), challenge);
        byte[] bytes = concat(lm, nt, cstr(name), cstr(domain), cstr(OS), cstr("curl"));
        ByteBuffer m = le(29 + bytes.length);
        m.put((byte) 13).put((byte) 0xff).put((byte) 0).putShort((short) 0);
        m.putShort((short) MAX_MESSAGE).putShort((short) 1).putShort((short) 1).putInt(sessionKey);
        m.putShort((short) 24).putShort((short) 24).putInt(0).putInt(0x08).putShort((short) bytes.length).put(bytes);
        send(0x73, m.array());
        r = receive(true);
        if (r.getInt(9) != 0) {
            throw TransferFailed.withoutFailf(CurlCode.LOGIN_DENIED);
        }
        uid = r.getShort(32) & 0xffff;
    }

    /** smb_request_state(): the share, the file, its bytes, the close; the request's own result. */
    private CurlCode request(CurlUrl url, String share, String path, Upload upload, BodySink sink)
            throws IOException, TransferFailed {
        tid = 0;
        byte[] tree = concat("\\\\".getBytes(StandardCharsets.ISO_8859_1), url.host().getBytes(StandardCharsets.ISO_8859_1),
                "\\".getBytes(StandardCharsets.ISO_8859_1), cstr(share), cstr("?????"));
        ByteBuffer m = le(11 + tree.length);
        m.put((byte) 4).put((byte) 0xff).put((byte) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) tree.length).put(tree);
        send(0x75, m.array());
        ByteBuffer r = receive(false);
        if (r.getInt(9) != 0) {
            return r.getInt(9) == ERR_NOACCESS ? CurlCode.REMOTE_ACCESS_DENIED : CurlCode.REMOTE_FILE_NOT_FOUND;
        }
        tid = r.getShort(28) & 0xffff;
        byte[] name = path.getBytes(StandardCharsets.ISO_8859_1);
        m = le(51 + name.length + 1);
        m.put((byte) 0x18).put((byte) 0xff).put((byte) 0).putShort((short) 0).put((byte) 0)
                .putShort((short) name.length).putInt(0).putInt(0)
                .putInt(upload != null ? 0x80000000 | 0x40000000 : 0x80000000).putLong(0).putInt(0).putInt(0x07)
                .putInt(upload != null ? 0x05 : 0x01).putInt(0).putInt(0).put((byte) 0)
                .putShort((short) (name.length + 1)).put(name).put((byte) 0);
        send(0xa2, m.array());
        r = receive(false);
        if (r.getInt(9) != 0 || r.limit() < 100) {
            CurlCode refused = r.getInt(9) == ERR_NOACCESS ? CurlCode.REMOTE_ACCESS_DENIED : CurlCode.REMOTE_FILE_NOT_FOUND;
            treeDisconnect();
            return refused;
        }
        int fid = r.getShort(42) & 0xffff;
        CurlCode result = CurlCode.OK;
        if (upload != null) {
            result = write(fid, upload.data.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            long size = r.getLong(92);
            if (size < 0) {
                result = CurlCode.WEIRD_SERVER_REPLY;
            } else {
                pulse.expectedSize(size);
                if (config.remoteTime || config.head) {
                    // get_posix_time() of the last change time
                    info.fileTime = (r.getLong(72) - 116444736000000000L) / 10000000L;
                }
                result = read(fid, sink);
            }
        }
        ByteBuffer close = le(9);
        close.put((byte) 3).putShort((short) fid).putInt(0).putShort((short) 0);
        send(0x04, close.array());
        receive(false);
        treeDisconnect();
        return result;
    }

    private void treeDisconnect() throws IOException, TransferFailed {
        send(0x71, new byte[3]);
        receive(false);
    }

    private CurlCode read(int fid, BodySink sink) throws IOException, TransferFailed {
        long offset = 0;
        while (true) {
            ByteBuffer m = le(27);
            m.put((byte) 12).put((byte) 0xff).put((byte) 0).putShort((short) 0).putShort((short) fid)
                    .putInt((int) offset).putShort((short) MAX_PAYLOAD).putShort((short) MAX_PAYLOAD).putInt(0)
                    .putShort((short) 0).putInt((int) (offset >>> 32)).putShort((short) 0);
            send(0x2e, m.array());
            ByteBuffer r = receive(false);
            if (r.getInt(9) != 0 || r.limit() < HEADER + 14) {
                return CurlCode.RECV_ERROR;
            }
            int len = r.getShort(HEADER + 11) & 0xffff;
            int off = r.getShort(HEADER + 13) & 0xffff;
            if (len > 0) {
                if (off + 4 + len > r.limit()) {
                    throw new TransferFailed(CurlCode.RECV_ERROR, "Invalid input packet");
                }
                ByteBuffer chunk = ByteBuffer.wrap(r.array(), off + 4, len);
                sink.write(chunk);
            }
            offset += len;
            info.sizeDownload = offset;
            pulse.received(offset);
            if (len < MAX_PAYLOAD) {
                return CurlCode.OK;
            }
        }
    }

    private CurlCode write(int fid, byte[] data) throws IOException, TransferFailed {
        long offset = 0;
        while (offset < data.length) {
            int n = (int) Math.min(MAX_PAYLOAD - 1, data.length - offset);
            ByteBuffer m = le(32 + n);
            m.put((byte) 14).put((byte) 0xff).put((byte) 0).putShort((short) 0).putShort((short) fid)
                    .putInt((int) offset).putInt(0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) n).putShort((short) 64).putInt((int) (offset >>> 32))
                    .putShort((short) (n + 1)).put((byte) 0).put(data, (int) offset, n);
            send(0x2f, m.array());
            ByteBuffer r = receive(false);
            if (r.getInt(9) != 0 || r.limit() < HEADER + 6) {
                return CurlCode.UPLOAD_FAILED;
            }
            offset += r.getShort(HEADER + 5) & 0xffff;
            info.sizeUpload = offset;
        }
        return CurlCode.OK;
    }

    /** smb_format_message(): the NetBIOS length, "\xffSMB", the command, curl's flags, the ids. */
    private void send(int command, byte[] body) throws IOException, TransferFailed {
        ByteBuffer m = le(HEADER + body.length);
        m.put((byte) 0).put((byte) 0).order(ByteOrder.BIG_ENDIAN).putShort((short) (32 + body.length))
                .order(ByteOrder.LITTLE_ENDIAN);
        m.put((byte) 0xff).put((byte) 'S').put((byte) 'M').put((byte) 'B').put((byte) command).putInt(0);
        m.put((byte) 0x18).putShort((short) 0x0041);
        long pid = OwnPid.get();
        m.putShort((short) (pid >> 16)).put(new byte[8]).putShort((short) 0).putShort((short) tid)
                .putShort((short) pid).putShort((short) uid).putShort((short) 0).put(body);
        try {
            wire.write(ByteBuffer.wrap(m.array()));
        } catch (IOException e) {
            throw TransferFailed.sendFailure(e);
        }
    }

    /**
     * smb_recv_message(): one whole NetBIOS message. The peer's end of stream gives curl no message
     * and no error, so it waits on until a timer ends the transfer; so does this. A peer that closes
     * with the request unread answers it with a reset instead, which the read reports: 56.
     */
    private ByteBuffer receive(boolean connecting) throws IOException, TransferFailed {
        in.clear();
        while (true) {
            if (in.position() >= 4) {
                int size = ((in.get(2) & 0xff) << 8 | (in.get(3) & 0xff)) + 4;
                if (in.position() >= size) {
                    byte[] message = Arrays.copyOf(in.array(), size);
                    return ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN).limit(size);
                }
            }
            long until = connecting ? pulse.clock().connectDeadline() : TransferClock.NEVER;
            if (!wire.awaitReadable(until)) {
                throw TransferFailed.protocolConnectTimeout(pulse.clock(), System.nanoTime());
            }
            int n;
            try {
                n = wire.read(in);
            } catch (IOException e) {
                throw TransferFailed.recvFailure(e);
            }
            if (n < 0) {
                waitForTimer(connecting);
            }
        }
    }

    private void waitForTimer(boolean connecting) throws IOException, TransferFailed {
        // at -m the pulse's own check ends the wait with -m's words first
        pulse.idleUntil(connecting ? pulse.clock().connectDeadline() : pulse.clock().maxDeadline());
        throw TransferFailed.protocolConnectTimeout(pulse.clock(), System.nanoTime());
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] cstr(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return Arrays.copyOf(b, b.length + 1);
    }

    private static byte[] concat(byte[]... parts) {
        return Ber.concat(parts);
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
