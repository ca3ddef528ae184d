package jtwins.curl;

/** -O: the file name is the URL path's last segment, query left out (tool_operate.c get_url_file_name()). */
final class RemoteName {
    private RemoteName() {
    }

    /** The name, or null when the path ends in '/' ("Remote file name has no length!"). */
    static String of(CurlUrl url) {
        String path = url.target();
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? null : name;
    }
}
