package jtwins.curl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jtwins.common.Diagnostics;

/**
 * -T's data (tool_operate.c pre_transfer()): a regular file, its size known and sent as
 * Content-Length; "-" or "." is standard input, of unknown size, so it goes chunked on HTTP/1.1.
 * A file that cannot be opened is helpf()'s "Can't open 'F'!" and error 26.
 */
final class Upload {
    final String data;
    final boolean sizeKnown;
    /** For a protocol that reads as it goes (TELNET): -T's file open, null for standard input. */
    final InputStream stream;
    /** "-T .": standard input read without blocking (tool_operate.c sets O_NONBLOCK on it). */
    final boolean nonBlockingStdin;

    private Upload(String data, boolean sizeKnown) {
        this.data = data;
        this.sizeKnown = sizeKnown;
        this.stream = null;
        this.nonBlockingStdin = false;
    }

    private Upload(InputStream stream, boolean nonBlockingStdin) {
        this.data = null;
        this.sizeKnown = false;
        this.stream = stream;
        this.nonBlockingStdin = nonBlockingStdin;
    }

    /** pre_transfer() for TELNET: the file opened, nothing read yet; the same answer when it cannot be. */
    static Upload streamed(String infile, Diagnostics errors) throws TransferFailed {
        if (infile.equals("-") || infile.equals(".")) {
            return new Upload((InputStream) null, infile.equals("."));
        }
        try {
            return new Upload(new java.io.FileInputStream(LocalPath.of(infile).toFile()), false);
        } catch (IOException e) {
            errors.write(ToolMessages.helpf("Can't open '" + infile + "'!"));
            throw new TransferFailed(CurlCode.READ_ERROR, null);
        }
    }

    static Upload read(String infile, Diagnostics errors) throws TransferFailed {
        try {
            if (infile.equals("-") || infile.equals(".")) {
                InputStream in = System.in;
                return new Upload(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1), false);
            }
            Path p = LocalPath.of(infile);
            byte[] bytes = Files.readAllBytes(p);
            return new Upload(new String(bytes, StandardCharsets.ISO_8859_1), Files.isRegularFile(p));
        } catch (IOException e) {
            // helpf() is not muted by -s; the "(26)" line that follows is
            errors.write(ToolMessages.helpf("Can't open '" + infile + "'!"));
            throw new TransferFailed(CurlCode.READ_ERROR, null);
        }
    }

    /** add_file_name_to_url(): a URL whose path ends in '/' (or has none) gets the file's last name, URL-encoded. */
    static String urlWithFileName(String url, String infile) {
        if (infile.equals("-") || infile.equals(".")) {
            return url;
        }
        int start = url.indexOf("://");
        int pathStart = url.indexOf('/', start < 0 ? 0 : start + 3);
        int queryStart = url.indexOf('?', Math.max(pathStart, 0));
        String path = pathStart < 0 ? "" : url.substring(pathStart, queryStart < 0 ? url.length() : queryStart);
        if (!path.isEmpty() && !path.endsWith("/")) {
            return url;
        }
        String name = infile.substring(Math.max(infile.lastIndexOf('/'), infile.lastIndexOf('\\')) + 1);
        String base = pathStart < 0 ? url + "/" : url.substring(0, queryStart < 0 ? url.length() : queryStart);
        String query = queryStart < 0 ? "" : url.substring(queryStart);
        return base + escape(name) + query;
    }

    /** curl_easy_escape(), then urlapi lower-casing the %XX as the path is set. */
    private static String escape(String name) {
        StringBuilder s = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                s.append((char) c);
            } else {
                s.append('%').append(String.format("%02x", c));
            }
        }
        return s.toString();
    }
}
