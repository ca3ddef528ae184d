package jtwins.curl;

/** One cookie as lib/cookie.c keeps it (struct Cookie), and its line in a Netscape cookie file. */
final class Cookie {
    String name;
    String value;
    /** Without a leading dot; null when neither the header nor the file gave one. */
    String domain;
    /** The path as given, and spath: without quotes or a trailing '/' (sanitize_cookie_path()). */
    String path;
    String spath;
    String expireText;
    String maxAge;
    /** Seconds since the epoch; 0 for a session cookie. */
    long expires;
    /** Whether hosts under the domain get it too (a domain was named), not the host alone. */
    boolean tailmatch;
    boolean secure;
    boolean httponly;
    /** Set from a header (not read from a file): such a cookie is not replaced by a file's. */
    boolean live;
    boolean securePrefix;
    boolean hostPrefix;
    /** The order cookies were made in; a replaced cookie keeps its predecessor's. */
    long creationTime;

    /** get_netscape_format(): the cookie's line in a jar, without its newline. */
    String netscapeLine() {
        return (httponly ? "#HttpOnly_" : "")
                + (tailmatch && domain != null && !domain.startsWith(".") ? "." : "")
                + (domain != null ? domain : "unknown") + "\t"
                + (tailmatch ? "TRUE" : "FALSE") + "\t"
                + (path != null ? path : "/") + "\t"
                + (secure ? "TRUE" : "FALSE") + "\t"
                + expires + "\t"
                + name + "\t"
                + (value != null ? value : "");
    }

    /** sanitize_cookie_path(): quotes around it off, a path not starting with '/' is "/", a trailing '/' off. */
    static String sanitizePath(String given) {
        String p = given;
        if (p.startsWith("\"")) {
            p = p.substring(1);
        }
        if (p.endsWith("\"")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.startsWith("/")) {
            return "/";
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
