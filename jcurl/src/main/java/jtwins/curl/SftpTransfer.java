package jtwins.curl;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An sftp:// URL (lib/vssh/libssh2.c's SFTP states): logged in, the subsystem started and the home
 * directory asked (SSH_SFTP_REALPATH), then -Q's commands, the file's time for -R/-I, and the
 * transfer: an upload (-T, -a, -C, --ftp-create-dirs), a directory listing for a path ending in
 * '/' (the server's long lines, or -l's names), or a download (-r, -C); then the "-" commands.
 */
final class SftpTransfer {
    /** LIBSSH2_ERROR_SFTP_PROTOCOL, the second number of "Upload failed: ... (N/-31)". */
    private static final int SFTP_PROTOCOL_ERROR = -31;

    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private final ConnectionCache cache;
    private final HeaderDump dump;
    private SshWire wire;

    SftpTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                 ConnectionSetup connections, ConnectionCache cache, HeaderDump dump) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
        this.cache = cache;
        this.dump = dump;
    }

    void run(CurlUrl url, RequestScope scope, BodySink sink, HttpAuth auth, Upload upload, String user,
             String password) throws IOException, TransferFailed {
        info.urlEffective = url.effective();
        info.scheme = "SFTP";
        SshSetup setup = new SshSetup(config, pulse, verbose, info, connections, cache);
        SshConnection ssh = setup.open(url, scope, sink, auth, user, password);
        wire = ssh.ssh().wire();
        try {
            if (ssh.sftp() == null) {
                try {
                    ChannelSftp channel = (ChannelSftp) ssh.ssh().session().openChannel("sftp");
                    channel.connect();
                    ssh.sftpStarted(channel, channel.getHome());
                } catch (JSchException | SftpException e) {
                    throw keptOr(new TransferFailed(CurlCode.FAILED_INIT, "Failure initializing sftp session: "
                            + "Unable to startup channel"));
                }
            }
            pulse.stage(Stage.PERFORMING);
            try {
                perform(url, ssh.home(), ssh.sftp(), sink, upload);
            } catch (SftpException e) {
                throw keptOr(SftpErrors.failure(e));
            }
        } catch (TransferFailed f) {
            throw setup.failed(ssh, f);
        }
        setup.done(ssh);
    }

    private TransferFailed keptOr(TransferFailed failure) {
        return wire.failure() != null ? wire.failure() : failure;
    }

    private void perform(CurlUrl url, String home, ChannelSftp sftp, BodySink sink, Upload upload)
            throws IOException, TransferFailed, SftpException {
        String path = SshPath.working(url, false, home);
        SftpQuote quote = new SftpQuote(sftp, home, verbose, this::header);
        if (!config.quote.isEmpty()) {
            verbose.info("Sending quote commands");
            for (String command : config.quote) {
                quote.run(command, path);
            }
        }
        if (config.remoteTime || config.head) {
            // SSH_SFTP_FILETIME: CURLOPT_FILETIME; a failed stat leaves the time unknown
            try {
                info.fileTime = Integer.toUnsignedLong(sftp.stat(SftpQuote.name(path)).getMTime());
            } catch (SftpException unknown) {
                info.fileTime = -1;
            }
        }
        if (upload != null) {
            upload(sftp, path, upload);
        } else if (path.endsWith("/")) {
            if (!config.head) {
                listDirectory(sftp, path, sink);
            }
        } else {
            download(sftp, path, sink);
        }
        if (!config.postQuote.isEmpty()) {
            verbose.info("Sending quote commands");
            for (String command : config.postQuote) {
                quote.run(command, path);
            }
        }
    }

    /** Curl_client_write(CLIENTWRITE_HEADER): -D's file; -i shows headers for HTTP, RTSP and FILE only. */
    private void header(String text) {
        if (dump != null) {
            dump.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** SSH_SFTP_DOWNLOAD_INIT and SSH_SFTP_DOWNLOAD_STAT: the size, then -r's or -C's part of the file. */
    private void download(ChannelSftp sftp, String path, BodySink sink) throws IOException, TransferFailed,
            SftpException {
        SftpATTRS attrs;
        try {
            attrs = sftp.stat(SftpQuote.name(path));
        } catch (SftpException e) {
            throw cannotRead(e);
        }
        long size = attrs.getSize() > 0 ? attrs.getSize() : -1;
        long from = 0;
        if (size > 0 && config.range != null) {
            long[] part = range(config.range, size);
            from = part[0];
            size = part[1];
        }
        long resume = config.resumeFrom;
        if (resume != 0) {
            long fileSize = attrs.getSize();
            if (resume < 0 ? fileSize < -resume : fileSize < resume) {
                throw new TransferFailed(CurlCode.BAD_DOWNLOAD_RESUME, "Offset (" + resume
                        + ") was beyond file size (" + fileSize + ")");
            }
            from = resume < 0 ? resume + fileSize : resume;
            size = fileSize - from;
        }
        if (size == 0) {
            verbose.info("File already completely downloaded");
            return;
        }
        if (config.head) {
            return;
        }
        pulse.expectedSize(size);
        InputStream in;
        try {
            in = sftp.get(SftpQuote.name(path), null, from);
        } catch (SftpException e) {
            throw cannotRead(e);
        }
        byte[] buf = new byte[32768];
        long count = 0;
        try (in) {
            while (size < 0 || count < size) {
                int want = size < 0 ? buf.length : (int) Math.min(buf.length, size - count);
                int n;
                try {
                    n = in.read(buf, 0, want);
                } catch (IOException e) {
                    throw keptOr(new TransferFailed(CurlCode.RECV_ERROR, "Failure when receiving data from the peer"));
                }
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
    }

    private TransferFailed cannotRead(SftpException e) {
        CurlCode code = SftpErrors.code(e.id);
        return keptOr(new TransferFailed(code == CurlCode.OK ? CurlCode.SSH : code,
                "Could not open remote file for reading: " + SftpErrors.text(e.id)));
    }

    /**
     * -r on SFTP: "X-Y", "X-" or "-Y" (the last Y bytes) against the file's size; {from, size}. A
     * start past the end is "Offset (X) was beyond file size (S)", 36.
     */
    private static long[] range(String given, long size) throws TransferFailed {
        int at = 0;
        while (at < given.length() && Character.isWhitespace(given.charAt(at))) {
            at++;
        }
        // curlx_strtoofft() refuses a '-' in front: "-Y" has no start
        if (at < given.length() && given.charAt(at) == '+') {
            at++;
        }
        int digits = at;
        while (at < given.length() && Character.isDigit(given.charAt(at))) {
            at++;
        }
        boolean fromGiven = at > digits;
        long from = fromGiven ? Long.parseLong(given.substring(digits, at)) : 0;
        if (!fromGiven) {
            at = 0;
        }
        while (at < given.length() && (given.charAt(at) == ' ' || given.charAt(at) == '\t' || given.charAt(at) == '-')) {
            at++;
        }
        int toStart = at;
        while (at < given.length() && Character.isDigit(given.charAt(at))) {
            at++;
        }
        long to = at > toStart ? Long.parseLong(given.substring(toStart, at)) : -1;
        if (to < 0 || to >= size) {
            to = size - 1;
        }
        if (!fromGiven) {
            // curlx_strtoofft() found no number: "-Y" is the last Y bytes
            from = size - to;
            to = size - 1;
        }
        if (from > size) {
            throw new TransferFailed(CurlCode.BAD_DOWNLOAD_RESUME,
                    "Offset (" + from + ") was beyond file size (" + size + ")");
        }
        return from > to ? new long[] {to, 0} : new long[] {from, to - from + 1};
    }

    /** SSH_SFTP_READDIR: each entry as the server words it, a link's target after " -> "; -l: names alone. */
    private void listDirectory(ChannelSftp sftp, String path, BodySink sink) throws TransferFailed, SftpException {
        pulse.expectedSize(-1);
        List<ChannelSftp.LsEntry> entries = new ArrayList<>();
        try {
            if (!sftp.stat(SftpQuote.name(path)).isDir()) {
                throw new SftpException(ChannelSftp.SSH_FX_NO_SUCH_FILE, "not a directory");
            }
            sftp.ls(SftpQuote.name(path), entry -> {
                entries.add(entry);
                return ChannelSftp.LsEntrySelector.CONTINUE;
            });
        } catch (SftpException e) {
            CurlCode code = SftpErrors.code(e.id);
            throw keptOr(new TransferFailed(code == CurlCode.OK ? CurlCode.SSH : code,
                    "Could not open directory for reading: " + SftpErrors.text(e.id)));
        }
        for (ChannelSftp.LsEntry entry : entries) {
            String line;
            if (config.listOnly) {
                line = entry.getFilename() + "\n";
            } else {
                line = entry.getLongname();
                if (entry.getAttrs().isLink()) {
                    String target;
                    try {
                        target = sftp.readlink(SftpQuote.name(path + entry.getFilename()));
                    } catch (SftpException e) {
                        target = "";
                    }
                    line += " -> " + target;
                }
                line += "\n";
            }
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            ByteBuffer chunk = ByteBuffer.wrap(bytes);
            verbose.bodyData(chunk);
            sink.write(chunk);
        }
        // SSH_SFTP_READDIR_BOTTOM counts the lines in req.bytecount only: the progress counter, and so
        // -w's size_download and the meter, stay at 0
    }

    /** SSH_SFTP_UPLOAD_INIT: -a appends, -C continues, else the file is created or truncated. */
    private void upload(ChannelSftp sftp, String path, Upload upload) throws IOException, TransferFailed,
            SftpException {
        byte[] data = upload.data.getBytes(StandardCharsets.ISO_8859_1);
        long resume = config.resumeFromCurrent ? -1 : config.resumeFrom;
        if (resume < 0) {
            // -C -: the remote file's size, 0 when there is none
            try {
                resume = sftp.stat(SftpQuote.name(path)).getSize();
            } catch (SftpException none) {
                resume = 0;
            }
        }
        int mode = config.ftpAppend || resume > 0 ? ChannelSftp.APPEND : ChannelSftp.OVERWRITE;
        OutputStream out = null;
        boolean dirsMade = false;
        while (out == null) {
            try {
                out = sftp.put(SftpQuote.name(path), null, mode, 0);
            } catch (SftpException e) {
                if (dirsMade) {
                    throw keptOr(new TransferFailed(nonZero(SftpErrors.code(e.id)),
                            "Creating the dir/file failed: " + SftpErrors.text(e.id)));
                }
                if ((e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE || e.id == ChannelSftp.SSH_FX_FAILURE || e.id == 10)
                        && config.ftpCreateDirs && path.length() > 1) {
                    createDirectories(sftp, path);
                    dirsMade = true;
                    continue;
                }
                throw keptOr(new TransferFailed(nonZero(SftpErrors.code(e.id)),
                        "Upload failed: " + SftpErrors.text(e.id) + " (" + e.id + "/" + SFTP_PROTOCOL_ERROR + ")"));
            }
        }
        int start = (int) Math.min(data.length, Math.max(0, resume));
        try (OutputStream o = out) {
            int at = start;
            while (at < data.length) {
                int n = Math.min(32768, data.length - at);
                o.write(data, at, n);
                verbose.sentData(java.util.Arrays.copyOfRange(data, at, at + n));
                at += n;
            }
        } catch (IOException e) {
            throw keptOr(new TransferFailed(CurlCode.SEND_ERROR, "Failure when sending data to the peer"));
        }
        info.sizeUpload = data.length - start;
        verbose.info("We are completely uploaded and fine");
    }

    private static CurlCode nonZero(CurlCode code) {
        return code == CurlCode.OK ? CurlCode.SSH : code;
    }

    /** SSH_SFTP_CREATE_DIRS: each directory of the path made; one that exists or is refused is passed by. */
    private void createDirectories(ChannelSftp sftp, String path) throws TransferFailed {
        for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String dir = path.substring(0, slash);
            verbose.info("Creating directory '" + dir + "'");
            try {
                sftp.mkdir(SftpQuote.name(dir));
            } catch (SftpException e) {
                if (e.id != 11 && e.id != ChannelSftp.SSH_FX_FAILURE && e.id != ChannelSftp.SSH_FX_PERMISSION_DENIED) {
                    throw keptOr(TransferFailed.withoutFailf(nonZero(SftpErrors.code(e.id))));
                }
            }
        }
    }
}
