package jtwins.curl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * h2h3.c Curl_pseudo_headers(): the HTTP/1 request head http.c built, taken apart for HTTP/2. The
 * request line gives :method and :path, the connection :scheme, Host becomes :authority and moves
 * before the rest; every other name is lowered in place, which is why -v, shown after the send, has
 * "user-agent:" but "Host:" and the version HTTP/2; connection-specific fields stay out of the
 * HEADERS frame (TE only as "trailers").
 */
record H2h3Request(List<String[]> fields, String shown) {
    static H2h3Request of(String head, boolean tls) {
        String[] lines = head.split("\r\n");
        String requestLine = lines[0];
        int sp = requestLine.indexOf(' ');
        int lastSp = requestLine.lastIndexOf(' ');
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {":method", requestLine.substring(0, sp)});
        fields.add(new String[] {":path", requestLine.substring(sp + 1, lastSp)});
        fields.add(new String[] {":scheme", tls ? "https" : "http"});
        StringBuilder shown = new StringBuilder(requestLine.substring(0, lastSp)).append(" HTTP/2\r\n");
        int authorityAt = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).stripLeading();
            if (name.equalsIgnoreCase("host")) {
                shown.append(line).append("\r\n");
                authorityAt = fields.size();
                fields.add(new String[] {":authority", value});
                continue;
            }
            name = name.toLowerCase(Locale.ROOT);
            shown.append(name).append(line, colon, line.length()).append("\r\n");
            switch (name) {
                case "upgrade", "connection", "keep-alive", "proxy-connection", "transfer-encoding" -> {
                    // inspect_header(): HEADERINST_IGNORE, shown but not sent
                }
                case "te" -> {
                    if (value.toLowerCase(Locale.ROOT).contains("trailers")) {
                        fields.add(new String[] {name, "trailers"});
                    }
                }
                default -> fields.add(new String[] {name, value});
            }
        }
        shown.append("\r\n");
        if (authorityAt > 3) {
            fields.add(3, fields.remove(authorityAt));
        }
        return new H2h3Request(fields, shown.toString());
    }
}
