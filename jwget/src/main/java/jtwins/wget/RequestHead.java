package jtwins.wget;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * http.c's struct request: the method line and headers in the order gethttp() sets them; a header set
 * again (a user's --header of the same name) replaces the earlier one where it stands; wget has no
 * way to take a header out.
 */
final class RequestHead {
    private final String method;
    private final String target;
    private final List<String[]> headers = new ArrayList<>();

    RequestHead(String method, String target) {
        this.method = method;
        this.target = target;
    }

    void set(String name, String value) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                h[1] = value;
                return;
            }
        }
        headers.add(new String[] {name, value});
    }

    /** request_set_user_header: "Name: value" as given; an empty value stays, as "Name: " (measured). */
    void setUser(String line) {
        int colon = line.indexOf(':');
        set(line.substring(0, colon), line.substring(colon + 1).stripLeading());
    }

    /** An Authorization or Proxy-Authorization value for Basic: "Basic " and base64 of user:password. */
    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The request line, without its CRLF: what a trace names the request by. */
    String line() {
        return method + " " + target + " HTTP/1.1";
    }

    byte[] bytes() {
        StringBuilder s = new StringBuilder(line()).append("\r\n");
        for (String[] h : headers) {
            s.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        return s.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
