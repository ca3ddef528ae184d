package jtwins.curl;

/** -O: the file name is the URL path's last segment, query left out (tool_operate.c get_url_file_name()). */
final class RemoteName {
    private RemoteName() {
    }

    static String of(CurlUrl url) throws TransferFailed {
        String path = url.target();
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            throw new TransferFailed(CurlCode.WRITE_ERROR, "Remote file name has no length!");
        }
        return name;
    }
}
