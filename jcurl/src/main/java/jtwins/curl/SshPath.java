package jtwins.curl;

/**
 * Curl_getworkingpath() (curl_path.c): the URL's path decoded (a %00 refused), and "/~/" made the
 * home directory: SCP leaves the rest to the server's own start in the home directory, SFTP puts
 * the home the server named in front.
 */
final class SshPath {
    private SshPath() {
    }

    static String working(CurlUrl url, boolean scp, String home) throws TransferFailed {
        String path = UrlDecoding.decode(url.path(), UrlDecoding.Reject.ZERO);
        if (path == null) {
            throw TransferFailed.withoutFailf(CurlCode.URL_MALFORMAT);
        }
        if (scp) {
            return path.length() > 3 && path.startsWith("/~/") ? path.substring(3) : path;
        }
        if (path.length() > 1 && path.charAt(1) == '~') {
            String base = home.endsWith("/") ? home : home + "/";
            return base + (path.length() > 3 ? path.substring(3) : "");
        }
        return path;
    }
}
