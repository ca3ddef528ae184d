package jtwins.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * An ftp:// URL's path as ftp.c's ftp_parse_url_path() cuts it: %-decoded first (a control character
 * refused), then split as --ftp-method says: multicwd one CWD per directory (a leading empty part is
 * the root, other empty parts passed over), singlecwd one CWD for everything before the last slash,
 * nocwd none, the whole path being the file's name in each command.
 */
record FtpPath(List<String> dirs, String file, String rememberedDir, boolean absoluteNoCwd, String listArgument) {
    /** CURLFTPMETHOD_*: what the tool passes on (0 when --ftp-method was not given: multicwd). */
    static final int MULTICWD = 1;
    static final int NOCWD = 2;
    static final int SINGLECWD = 3;

    /** The path after the URL's first slash, ";type=" already taken off. */
    static FtpPath of(String path, int method) throws TransferFailed {
        // Curl_urldecode() with REJECT_CTRL: "%2f" becomes a slash before the path is split
        String raw = UrlDecoding.decode(path, UrlDecoding.Reject.CTRL);
        if (raw == null) {
            throw new TransferFailed(CurlCode.URL_MALFORMAT, "path contains control characters");
        }
        List<String> dirs = new ArrayList<>();
        String file;
        if (method == NOCWD) {
            file = raw.isEmpty() || raw.endsWith("/") ? "" : raw;
        } else if (method == SINGLECWD) {
            int slash = raw.lastIndexOf('/');
            if (slash >= 0) {
                dirs.add(raw.substring(0, Math.max(slash, 1)));
                file = raw.substring(slash + 1);
            } else {
                file = raw;
            }
        } else {
            int from = 0;
            int slash;
            while ((slash = raw.indexOf('/', from)) >= 0) {
                int length = slash - from;
                if (length == 0 && dirs.isEmpty() && from == 0) {
                    dirs.add("/");
                } else if (length > 0) {
                    dirs.add(raw.substring(from, slash));
                }
                from = slash + 1;
            }
            file = raw.substring(from);
        }
        // ftp_done()'s prevpath: nocwd works from the entry path; the others from the path less the file
        String remembered = method == NOCWD ? "" : raw.substring(0, raw.length() - file.length());
        boolean absoluteNoCwd = method == NOCWD && raw.startsWith("/");
        return new FtpPath(dirs, file, remembered, absoluteNoCwd, method == NOCWD ? listArgument(raw) : null);
    }

    /** ftp_state_list(): nocwd lists the path itself, up to its last slash (the root kept as "/"); null for none. */
    private static String listArgument(String raw) {
        int slash = raw.lastIndexOf('/');
        return slash < 0 ? null : raw.substring(0, Math.max(slash, 1));
    }
}
