package jtwins.curl;

/**
 * urlapi.c's dedotdotify(): "." and ".." segments taken out of a URL's path as RFC 3986 5.2.4
 * removes them, the query left as it is; --path-as-is sends the path unchanged instead.
 */
final class DotSegments {
    private DotSegments() {
    }

    /** The path part of a request target (up to '?') without its dot segments; the query kept. */
    static String remove(String target) {
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q);
        if (!path.contains(".")) {
            return target;
        }
        StringBuilder out = new StringBuilder();
        String in = path;
        while (!in.isEmpty()) {
            if (in.startsWith("../")) {
                in = in.substring(3);
            } else if (in.startsWith("./")) {
                in = in.substring(2);
            } else if (in.startsWith("/./")) {
                in = in.substring(2);
            } else if (in.equals("/.")) {
                in = "/";
            } else if (in.startsWith("/../") || in.equals("/..")) {
                in = "/" + in.substring(in.equals("/..") ? 3 : 4);
                int last = out.lastIndexOf("/");
                out.setLength(Math.max(0, last));
            } else if (in.equals(".") || in.equals("..")) {
                in = "";
            } else {
                int next = in.indexOf('/', 1);
                int end = next < 0 ? in.length() : next;
                out.append(in, 0, end);
                in = in.substring(end);
            }
        }
        return (out.length() == 0 ? "/" : out.toString()) + query;
    }
}
