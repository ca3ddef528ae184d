package jtwins.curl;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An scp:// URL (libssh2.c's SCP states, libssh2's scp.c underneath): logged in, the server's scp
 * run with -pf to send the file (its time line, then "C<mode> <size> <name>" and the bytes) or
 * with -t to take one of a known size. A refusal from the server's scp is the file not found (78)
 * for a download and a failed upload (25).
 */
final class ScpTransfer {
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private final ConnectionCache cache;
    private SshWire wire;

    ScpTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                ConnectionSetup connections, ConnectionCache cache) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
        this.cache = cache;
    }

    void run(CurlUrl url, RequestScope scope, BodySink sink, HttpAuth auth, Upload upload, String user,
             String password) throws IOException, TransferFailed {
        info.urlEffective = url.effective();
        info.scheme = "SCP";
        SshSetup setup = new SshSetup(config, pulse, verbose, info, connections, cache);
        SshConnection ssh = setup.open(url, scope, sink, auth, user, password);
        wire = ssh.ssh().wire();
        try {
            if (!ssh.reused()) {
                // SSH_AUTH_DONE says it for SCP, whose connect phase ends there
                verbose.info("SSH CONNECT phase done");
            }
            pulse.stage(Stage.PERFORMING);
            String path = new String(SshPath.working(url, true, "").getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8);
            if (upload != null && !upload.sizeKnown) {
                throw new TransferFailed(CurlCode.UPLOAD_FAILED, "SCP requires a known file size for upload");
            }
            try {
                ChannelExec channel = (ChannelExec) ssh.ssh().session().openChannel("exec");
                channel.setCommand((upload != null ? "scp -t " : "scp -pf ") + shellQuoted(path));
                InputStream in = channel.getInputStream();
                OutputStream out = channel.getOutputStream();
                channel.connect();
                try {
                    if (upload != null) {
                        send(in, out, path, upload.data.getBytes(StandardCharsets.ISO_8859_1));
                    } else if (!config.head) {
                        receive(in, out, sink);
                    }
                } finally {
                    channel.disconnect();
                }
            } catch (JSchException | IOException e) {
                throw keptOr(new TransferFailed(CurlCode.SSH, "Failure when receiving data from the peer"));
            }
        } catch (TransferFailed f) {
            throw setup.failed(ssh, f);
        }
        setup.done(ssh);
    }

    private TransferFailed keptOr(TransferFailed failure) {
        return wire.failure() != null ? wire.failure() : failure;
    }

    /** libssh2_scp_recv2(): the time line acknowledged, then the file's line, its bytes and the final status. */
    private void receive(InputStream in, OutputStream out, BodySink sink) throws IOException, TransferFailed {
        out.write(0);
        out.flush();
        String line = line(in);
        if (line != null && line.startsWith("T")) {
            out.write(0);
            out.flush();
            line = line(in);
        }
        if (line == null || !line.startsWith("C")) {
            throw keptOr(new TransferFailed(CurlCode.REMOTE_FILE_NOT_FOUND, "Failed to recv file"));
        }
        String[] fields = line.substring(1).split(" ", 3);
        long size;
        try {
            size = Long.parseLong(fields[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw keptOr(new TransferFailed(CurlCode.REMOTE_FILE_NOT_FOUND, "Failed to recv file"));
        }
        out.write(0);
        out.flush();
        pulse.expectedSize(size);
        byte[] buf = new byte[32768];
        long count = 0;
        try {
            while (count < size) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, size - count));
                if (n < 0) {
                    break;
                }
                ByteBuffer chunk = ByteBuffer.wrap(buf, 0, n);
                verbose.bodyData(chunk);
                sink.write(chunk);
                count += n;
                pulse.received(count);
            }
        } finally {
            info.sizeDownload = count;
        }
        if (count < size) {
            throw keptOr(new TransferFailed(CurlCode.PARTIAL_FILE, "Transferred a partial file"));
        }
    }

    /** libssh2_scp_send64(): the file's line with curl's 0644, the bytes, a NUL; each acknowledged. */
    private void send(InputStream in, OutputStream out, String path, byte[] data) throws IOException, TransferFailed {
        String refusal = acknowledged(in);
        if (refusal == null) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            out.write(("C0644 " + data.length + " " + name + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            refusal = acknowledged(in);
        }
        if (refusal != null) {
            throw keptOr(new TransferFailed(CurlCode.UPLOAD_FAILED, refusal));
        }
        out.write(data);
        verbose.sentData(data);
        out.write(0);
        out.flush();
        info.sizeUpload = data.length;
        verbose.info("We are completely uploaded and fine");
        acknowledged(in);
    }

    /** null for scp's NUL; else the words of its refusal ("scp: ..."), or libssh2's when it said none. */
    private static String acknowledged(InputStream in) throws IOException {
        int first = in.read();
        if (first == 0) {
            return null;
        }
        if (first < 0) {
            return "Failed to send file";
        }
        String rest = line(in);
        return rest == null || rest.isEmpty() ? "Failed to send file" : rest;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.UTF_8);
            }
            if (c == '\n') {
                return bytes.toString(StandardCharsets.UTF_8);
            }
            bytes.write(c);
        }
    }

    /** libssh2's shell_quotearg(): single quotes, a quote itself and '!' set apart. */
    private static String shellQuoted(String path) {
        StringBuilder q = new StringBuilder("'");
        for (char c : path.toCharArray()) {
            if (c == '\'' || c == '!') {
                q.append('\'').append('\\').append(c).append('\'');
            } else {
                q.append(c);
            }
        }
        return q.append('\'').toString();
    }
}
