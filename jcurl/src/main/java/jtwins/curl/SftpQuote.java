package jtwins.curl;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import com.jcraft.jsch.SftpStatVFS;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * -Q's commands on SFTP (libssh2.c SSH_SFTP_QUOTE and the states after it): the commands of
 * OpenSSH's sftp program turned into SFTP requests. "*" in front lets a command fail; a refused or
 * malformed one is 21 with curl's words. Paths are parsed as Curl_get_pathname() does: quoted with
 * escapes, or up to a blank, "/~/" meaning the home directory.
 */
final class SftpQuote {
    /** Where "pwd" and "statvfs" write their FTP-like header text. */
    interface Headers {
        void write(String text);
    }

    private final ChannelSftp sftp;
    private final String home;
    private final DebugTrace verbose;
    private final Headers headers;

    SftpQuote(ChannelSftp sftp, String home, DebugTrace verbose, Headers headers) {
        this.sftp = sftp;
        this.home = home;
        this.verbose = verbose;
        this.headers = headers;
    }

    /** One command; path is the transfer's own path, which "pwd" reports. */
    void run(String given, String path) throws TransferFailed {
        boolean acceptFail = given.startsWith("*");
        String cmd = acceptFail ? given.substring(1) : given;
        if (cmd.equalsIgnoreCase("pwd")) {
            String text = "257 \"" + path + "\" is current directory.\n";
            verbose.sent("PWD\n");
            verbose.received(text);
            headers.write(text);
            return;
        }
        int space = cmd.indexOf(' ');
        if (space < 0) {
            throw quoteError("Syntax error command '" + cmd + "', missing parameter");
        }
        Cursor args = new Cursor(cmd, space);
        String first = args.pathname();
        if (first == null) {
            throw quoteError("Syntax error: Bad first parameter to '" + cmd + "'");
        }
        String lower = cmd.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("chgrp ") || lower.startsWith("chmod ") || lower.startsWith("chown ")
                    || lower.startsWith("atime ") || lower.startsWith("mtime ")) {
                String target = args.pathname();
                if (target == null) {
                    throw quoteError("Syntax error in " + cmd + ": Bad second parameter");
                }
                attributes(lower.substring(0, 5), cmd, first, target, acceptFail);
            } else if (lower.startsWith("ln ") || lower.startsWith("symlink ")) {
                String target = args.pathname();
                if (target == null) {
                    throw quoteError("Syntax error in ln/symlink: Bad second parameter");
                }
                request(acceptFail, "symlink command failed: ", () -> sftp.symlink(name(first), name(target)));
            } else if (lower.startsWith("mkdir ")) {
                request(acceptFail, "mkdir command failed: ", () -> sftp.mkdir(name(first)));
            } else if (lower.startsWith("rename ")) {
                String target = args.pathname();
                if (target == null) {
                    throw quoteError("Syntax error in rename: Bad second parameter");
                }
                request(acceptFail, "rename command failed: ", () -> sftp.rename(name(first), name(target)));
            } else if (lower.startsWith("rmdir ")) {
                request(acceptFail, "rmdir command failed: ", () -> sftp.rmdir(name(first)));
            } else if (lower.startsWith("rm ")) {
                request(acceptFail, "rm command failed: ", () -> sftp.rm(name(first)));
            } else if (lower.startsWith("statvfs ")) {
                SftpStatVFS[] got = new SftpStatVFS[1];
                request(acceptFail, "statvfs command failed: ", () -> got[0] = sftp.statVFS(name(first)));
                if (got[0] != null) {
                    statvfs(got[0]);
                }
            } else {
                throw quoteError("Unknown SFTP command");
            }
        } catch (SftpException e) {
            throw SftpErrors.failure(e);
        }
    }

    /** SSH_SFTP_QUOTE_STAT and SSH_SFTP_QUOTE_SETSTAT: the one attribute the command names. */
    private void attributes(String op, String cmd, String value, String target, boolean acceptFail)
            throws TransferFailed, SftpException {
        SftpATTRS current = null;
        if (!op.equals("chmod")) {
            // chown and chgrp set both ids, so the other one is read first
            try {
                current = sftp.stat(name(target));
            } catch (SftpException e) {
                if (!acceptFail) {
                    throw quoteError("Attempt to get SFTP stats failed: " + SftpErrors.text(e.id));
                }
            }
        }
        SftpATTRS wanted = new SftpATTRS();
        int uid = current == null ? 0 : current.getUId();
        int gid = current == null ? 0 : current.getGId();
        switch (op) {
            case "chgrp" -> {
                gid = (int) leadingNumber(value, 10);
                if (gid == 0 && !startsWithDigit(value) && !acceptFail) {
                    throw quoteError("Syntax error: chgrp gid not a number");
                }
                wanted.setUIDGID(uid, gid);
            }
            case "chown" -> {
                uid = (int) leadingNumber(value, 10);
                if (uid == 0 && !startsWithDigit(value) && !acceptFail) {
                    throw quoteError("Syntax error: chown uid not a number");
                }
                wanted.setUIDGID(uid, gid);
            }
            case "chmod" -> {
                int mode = (int) leadingNumber(value, 8);
                if (mode == 0 && !startsWithDigit(value)) {
                    throw quoteError("Syntax error: chmod permissions not a number");
                }
                wanted.setPERMISSIONS(mode);
            }
            default -> {
                long date = CurlDate.parse(value);
                if (date == CurlDate.FAIL) {
                    throw quoteError("incorrect date format for " + cmd.substring(0, 5));
                }
                int atime = current == null ? 0 : current.getATime();
                int mtime = current == null ? 0 : current.getMTime();
                if (op.equals("atime")) {
                    wanted.setACMODTIME((int) date, mtime);
                } else {
                    wanted.setACMODTIME(atime, (int) date);
                }
            }
        }
        request(acceptFail, "Attempt to set SFTP stats failed: ", () -> sftp.setStat(name(target), wanted));
    }

    private void statvfs(SftpStatVFS s) throws TransferFailed {
        headers.write("statvfs:\nf_bsize: " + s.getBlockSize() + "\nf_frsize: " + s.getFragmentSize()
                + "\nf_blocks: " + s.getBlocks() + "\nf_bfree: " + s.getFreeBlocks() + "\nf_bavail: "
                + s.getAvailBlocks() + "\nf_files: " + s.getINodes() + "\nf_ffree: " + s.getFreeINodes()
                + "\nf_favail: " + s.getAvailINodes() + "\nf_fsid: " + s.getFileSystemID() + "\nf_flag: "
                + s.getMountFlag() + "\nf_namemax: " + s.getMaximumFilenameLength() + "\n");
    }

    private interface Request {
        void send() throws SftpException;
    }

    /** The request; a refusal is "<what>failed: <libssh2's words>", 21, unless the command may fail. */
    private static void request(boolean acceptFail, String failed, Request request) throws TransferFailed {
        try {
            request.send();
        } catch (SftpException e) {
            if (!acceptFail) {
                throw quoteError(failed + SftpErrors.text(e.id));
            }
        }
    }

    private static TransferFailed quoteError(String failf) {
        return new TransferFailed(CurlCode.QUOTE_ERROR, failf);
    }

    private static boolean startsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** strtoul(): the leading digits of the base, after blanks and a sign; 0 for none. */
    private static long leadingNumber(String s, int radix) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        long n = 0;
        for (; i < s.length() && Character.digit(s.charAt(i), radix) >= 0; i++) {
            n = n * radix + Character.digit(s.charAt(i), radix);
        }
        return n;
    }

    /** A path as the library takes it: its bytes as UTF-8, glob characters escaped. */
    static String name(String bytes) {
        String text = new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Curl_get_pathname() over the command's arguments. */
    private final class Cursor {
        private final String s;
        private int at;

        Cursor(String s, int at) {
            this.s = s;
            this.at = at;
        }

        /** The next path; null where Curl_get_pathname() fails (nothing left, a bad quote). */
        String pathname() {
            if (at >= s.length()) {
                return null;
            }
            skipBlanks();
            if (at < s.length() && (s.charAt(at) == '"' || s.charAt(at) == '\'')) {
                char quote = s.charAt(at++);
                StringBuilder path = new StringBuilder();
                while (true) {
                    if (at >= s.length()) {
                        return null;
                    }
                    char c = s.charAt(at);
                    if (c == quote) {
                        at++;
                        break;
                    }
                    if (c == '\\') {
                        at++;
                        if (at >= s.length() || "'\"\\".indexOf(s.charAt(at)) < 0) {
                            return null;
                        }
                        c = s.charAt(at);
                    }
                    path.append(c);
                    at++;
                }
                if (path.length() == 0) {
                    return null;
                }
                skipBlanks();
                return path.toString();
            }
            int end = at;
            while (end < s.length() && " \t\r\n".indexOf(s.charAt(end)) < 0) {
                end++;
            }
            String word = s.substring(at, end);
            at = end;
            skipBlanks();
            return word.startsWith("/~/") ? home + "/" + word.substring(3) : word;
        }

        private void skipBlanks() {
            while (at < s.length() && " \t\r\n".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
        }
    }
}
