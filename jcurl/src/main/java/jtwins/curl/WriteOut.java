package jtwins.curl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import jtwins.common.Diagnostics;

/**
 * -w/--write-out as tool_writeout.c expands it: %{variable}, %{header{name}} is not kept here, \n \r \t,
 * "%%"; an unknown variable is reported on stderr and expands to nothing; %{stderr}/%{stdout} switch
 * the stream; %{onerror} drops the rest unless the transfer failed. Times are seconds with six decimals.
 */
final class WriteOut {
    private WriteOut() {
    }

    static void write(String format, TransferInfo info, Diagnostics stderr) throws IOException {
        StringBuilder out = new StringBuilder();
        boolean toStderr = false;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length() && format.charAt(i + 1) == '%') {
                out.append('%');
                i += 2;
            } else if (c == '%' && format.startsWith("header{", i + 1)) {
                // %header{name}: the last response's first header of that name, its value as received
                int end = format.indexOf('}', i + 8);
                if (end < 0) {
                    out.append("%header{");
                    i += 8;
                    continue;
                }
                String name = format.substring(i + 8, end);
                i = end + 1;
                if (name.length() < 256) {
                    for (String[] f : info.headers) {
                        if (f[0].equalsIgnoreCase(name)) {
                            out.append(f[1]);
                            break;
                        }
                    }
                }
            } else if (c == '%' && i + 1 < format.length() && format.charAt(i + 1) == '{') {
                int end = format.indexOf('}', i + 2);
                if (end < 0) {
                    out.append("%{");
                    i += 2;
                    continue;
                }
                String name = format.substring(i + 2, end);
                i = end + 1;
                switch (name) {
                    case "stderr" -> {
                        flush(out, toStderr, stderr);
                        toStderr = true;
                    }
                    case "stdout" -> {
                        flush(out, toStderr, stderr);
                        toStderr = false;
                    }
                    case "onerror" -> {
                        if (info.exitCode == 0) {
                            i = format.length();
                        }
                    }
                    default -> {
                        String value = value(name, info);
                        if (value == null) {
                            flush(out, toStderr, stderr);
                            stderr.write("curl: unknown --write-out variable: '" + name + "'\n");
                        } else {
                            out.append(value);
                        }
                    }
                }
            } else if (c == '\\' && i + 1 < format.length()) {
                char e = format.charAt(i + 1);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    default -> out.append(c).append(e);
                }
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        flush(out, toStderr, stderr);
    }

    /**
     * headerJSON() as 7.88.1 runs it: each header with its values as a list; a name seen several times
     * is listed whole at its first place, and the walk goes on after its last (curl_easy_header()
     * reuses the struct curl_easy_nextheader() goes on from), so what lies between is left out.
     */
    private static String headerJson(TransferInfo info) {
        java.util.List<String[]> all = info.headers;
        StringBuilder j = new StringBuilder("{");
        for (int k = 0; k < all.size(); k++) {
            String name = all.get(k)[0];
            int amount = 0;
            int index = 0;
            int last = k;
            for (int e = 0; e < all.size(); e++) {
                if (all.get(e)[0].equalsIgnoreCase(name)) {
                    amount++;
                    last = e;
                }
                if (e == k) {
                    index = amount - 1;
                }
            }
            if (k > 0) {
                j.append(",\n");
            }
            j.append(jsonString(name.toLowerCase(java.util.Locale.ROOT))).append(':');
            if (amount > 1) {
                if (index == 0) {
                    j.append('[');
                    int v = 0;
                    for (String[] f : all) {
                        if (f[0].equalsIgnoreCase(name)) {
                            j.append(v++ == 0 ? "" : ",").append(jsonString(f[1]));
                        }
                    }
                    k = last;
                }
                j.append(']');
            } else {
                j.append('[').append(jsonString(all.get(k)[1])).append(']');
            }
        }
        return j.append("\n}").toString();
    }

    /** jsonWriteString(): quoted, with \" \\ \b \f \n \r \t and \\u00XX for other control bytes. */
    private static String jsonString(String s) {
        StringBuilder j = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> j.append("\\\"");
                case '\\' -> j.append("\\\\");
                case '\b' -> j.append("\\b");
                case '\f' -> j.append("\\f");
                case '\n' -> j.append("\\n");
                case '\r' -> j.append("\\r");
                case '\t' -> j.append("\\t");
                default -> {
                    if (c < 0x20) {
                        j.append(String.format("\\u%04x", (int) c));
                    } else {
                        j.append(c);
                    }
                }
            }
        }
        return j.append('"').toString();
    }

    private static void flush(StringBuilder out, boolean toStderr, Diagnostics stderr) throws IOException {
        if (out.length() == 0) {
            return;
        }
        if (toStderr) {
            StdoutStream.OUT.flush();
            stderr.write(out.toString());
        } else {
            OutputStream o = StdoutStream.OUT;
            o.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        out.setLength(0);
    }

    private static String value(String name, TransferInfo info) {
        return switch (name) {
            case "http_code", "response_code" -> three(info.httpCode);
            case "http_connect" -> String.format("%03d", info.httpConnect);
            case "http_version" -> info.httpVersion;
            case "exitcode" -> Integer.toString(info.exitCode);
            case "errormsg" -> info.errorMessage;
            case "size_download" -> Long.toString(info.sizeDownload);
            case "size_upload" -> Long.toString(info.sizeUpload);
            case "size_header" -> Long.toString(info.sizeHeader);
            case "size_request" -> Long.toString(info.sizeRequest);
            case "speed_download" -> Long.toString(info.totalUs > 0 ? info.sizeDownload * 1_000_000 / info.totalUs : 0);
            case "speed_upload" -> Long.toString(info.totalUs > 0 ? info.sizeUpload * 1_000_000 / info.totalUs : 0);
            case "time_namelookup" -> seconds(info.namelookupUs);
            case "time_connect" -> seconds(info.connectUs);
            case "time_appconnect" -> seconds(info.appconnectUs);
            case "time_pretransfer" -> seconds(info.pretransferUs);
            case "time_starttransfer" -> seconds(info.starttransferUs);
            case "time_redirect" -> seconds(info.redirectUs);
            case "time_total" -> seconds(info.totalUs);
            case "num_connects" -> Integer.toString(info.numConnects);
            case "num_redirects" -> Integer.toString(info.numRedirects);
            case "num_headers" -> Integer.toString(info.headers.size());
            case "header_json" -> headerJson(info);
            case "url_effective" -> info.urlEffective;
            case "url" -> info.url;
            case "urlnum" -> Integer.toString(info.urlNumber);
            case "redirect_url" -> info.redirectUrl == null ? "" : info.redirectUrl;
            case "remote_ip" -> info.remoteIp;
            case "remote_port" -> info.remotePort == 0 ? "0" : Integer.toString(info.remotePort);
            case "local_ip" -> info.localIp;
            case "local_port" -> Integer.toString(info.localPort);
            case "content_type" -> info.contentType == null ? "" : info.contentType;
            case "scheme" -> info.scheme;
            case "method" -> info.method;
            case "filename_effective" -> info.filenameEffective == null ? "" : info.filenameEffective;
            case "ssl_verify_result", "proxy_ssl_verify_result" -> "0";
            case "referer" -> info.referer == null ? "" : info.referer;
            case "ftp_entry_path" -> "";
            default -> null;
        };
    }

    private static String three(int code) {
        String s = Integer.toString(code);
        return "000".substring(Math.min(3, s.length())) + s;
    }

    /** "%.6f" of microseconds, without the formatter's start-up cost. */
    static String seconds(long us) {
        String frac = Long.toString(us % 1_000_000);
        return us / 1_000_000 + "." + "000000".substring(frac.length()) + frac;
    }
}
