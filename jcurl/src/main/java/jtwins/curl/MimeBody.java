package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * lib/mime.c for a -F form: a multipart/form-data body whose boundary is 24 dashes and 16 random hex
 * digits, each part "--boundary", its Content-Disposition (form-data, name and filename with '"',
 * CR and LF as %22 %0D %0A, or backslash-escaped with --form-escape), its Content-Type (type=, or
 * guessed from the file name's extension), its headers, an empty line, its content; then
 * "--boundary--". Several files in one field are a multipart/mixed part of attachments.
 */
final class MimeBody {
    /** The request's Content-Type value (with its boundary) and the body. */
    record Built(String contentType, String body) {
    }

    private static final String[][] TYPES = {{".gif", "image/gif"}, {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"},
        {".png", "image/png"}, {".svg", "image/svg+xml"}, {".txt", "text/plain"}, {".htm", "text/html"},
        {".html", "text/html"}, {".pdf", "application/pdf"}, {".xml", "application/xml"}};

    private final boolean formEscape;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private MimeBody(boolean formEscape) {
        this.formEscape = formEscape;
    }

    /**
     * The form; a -H Content-Type: replaces multipart/form-data (the boundary still added). A file
     * that cannot be read is 26.
     */
    static Built build(List<FormPart> parts, String customType, boolean formEscape) throws TransferFailed {
        MimeBody m = new MimeBody(formEscape);
        String boundary = boundary();
        String type = customType != null ? customType : "multipart/form-data";
        // content_type_match(): only the parts of a multipart/form-data are form-data; others are attachments
        String lower = type.toLowerCase(Locale.ROOT);
        boolean formData = lower.startsWith("multipart/form-data")
                && (lower.length() == 19 || lower.charAt(19) == ';' || Character.isWhitespace(lower.charAt(19)));
        for (FormPart p : parts) {
            m.part(p, boundary, formData ? "form-data" : null);
        }
        m.text("--" + boundary + "--\r\n");
        return new Built(type + "; boundary=" + boundary, m.out.toString(StandardCharsets.ISO_8859_1));
    }

    private void part(FormPart p, String boundary, String disposition) throws TransferFailed {
        text("--" + boundary + "\r\n");
        if (!p.files.isEmpty()) {
            String inner = boundary();
            String d = disposition != null ? disposition : p.name != null ? "attachment" : null;
            if (d != null) {
                text("Content-Disposition: " + d + name(p) + "\r\n");
            }
            text("Content-Type: multipart/mixed; boundary=" + inner + "\r\n");
            headers(p);
            text("\r\n");
            for (FormPart f : p.files) {
                part(f, inner, null);
            }
            // the inner multipart is this part's content, ended as any content is
            text("--" + inner + "--\r\n\r\n");
            return;
        }
        String filename = p.filename;
        if (filename == null && p.asFile && !"-".equals(p.file)) {
            filename = LocalPath.lastName(p.file);
        } else if (filename == null && p.asFile) {
            filename = "-";
        }
        String type = p.type;
        if (type == null && p.file != null && p.asFile) {
            type = typeFor(filename);
            if (type == null) {
                type = typeFor(p.file);
            }
            if (type == null && filename != null) {
                type = "application/octet-stream";
            }
        } else if (type == null) {
            type = typeFor(filename);
        }
        String d = disposition;
        if (d == null && (filename != null || p.name != null)) {
            d = "attachment";
        }
        if (d != null) {
            text("Content-Disposition: " + d + name(p) + (filename == null ? "" : "; filename=\"" + escape(filename) + "\"")
                    + "\r\n");
        }
        if (type != null) {
            text("Content-Type: " + type + "\r\n");
        }
        if (p.encoder != null) {
            text("Content-Transfer-Encoding: " + p.encoder + "\r\n");
        }
        headers(p);
        text("\r\n");
        if (p.file != null) {
            try {
                out.write(p.file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(LocalPath.of(p.file)));
            } catch (IOException | RuntimeException e) {
                throw new TransferFailed(CurlCode.READ_ERROR, CurlCode.READ_ERROR.text());
            }
        } else {
            text(p.value);
        }
        text("\r\n");
    }

    private String name(FormPart p) {
        return p.name == null ? "" : "; name=\"" + escape(p.name) + "\"";
    }

    private void headers(FormPart p) {
        for (String h : p.headers) {
            text(h + "\r\n");
        }
    }

    /** escape_string(): the form's %22 %0D %0A, or with --form-escape \\ and \" as backslash escapes. */
    private String escape(String s) {
        StringBuilder e = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (formEscape) {
                e.append(c == '\\' || c == '"' ? "\\" + c : String.valueOf(c));
            } else {
                e.append(c == '"' ? "%22" : c == '\r' ? "%0D" : c == '\n' ? "%0A" : String.valueOf(c));
            }
        }
        return e.toString();
    }

    /** ContentTypeForFilename(): by the name's extension, case aside; null when unknown. */
    private static String typeFor(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String[] t : TYPES) {
            if (lower.endsWith(t[0])) {
                return t[1];
            }
        }
        return null;
    }

    private static String boundary() {
        StringBuilder b = new StringBuilder("------------------------");
        for (int i = 0; i < 16; i++) {
            b.append(Character.forDigit(ThreadLocalRandom.current().nextInt(16), 16));
        }
        return b.toString();
    }

    /** Text from the command line, as the bytes the arguments were. */
    private void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        out.write(b, 0, b.length);
    }
}
