package jtwins.wget;

import java.io.File;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * -N and --use-server-timestamps: the local file's time as If-Modified-Since, the server's
 * Last-Modified compared with it, and set on the file after a download (touch()).
 */
final class Timestamps {
    private static final DateTimeFormatter HTTP = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String ifModifiedSince(String localFile) {
        File f = new File(localFile);
        return f.isFile() ? HTTP.format(Instant.ofEpochMilli(f.lastModified())) : null;
    }

    /** True when the server's copy is newer than the local file, or when either time is unknown. */
    static boolean newer(String lastModified, String localFile) {
        Instant remote = parse(lastModified);
        File f = new File(localFile);
        return remote == null || !f.isFile() || remote.toEpochMilli() / 1000 > f.lastModified() / 1000;
    }

    static void apply(String lastModified, String localFile) {
        Instant t = parse(lastModified);
        if (t != null) {
            new File(localFile).setLastModified(t.toEpochMilli());
        }
    }

    private static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
