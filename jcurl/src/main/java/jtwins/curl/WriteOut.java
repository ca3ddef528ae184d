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
            case "http_version" -> info.httpCode == 0 ? "0" : "1.1";
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
            case "num_headers" -> "0";
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
            case "referer", "ftp_entry_path" -> "";
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
