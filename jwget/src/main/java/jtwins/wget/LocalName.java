package jtwins.wget;

import java.io.File;

/**
 * url.c's url_file_name(): -P's directory and the URL's last path segment (index.html for none), its
 * query kept, or the name a Content-Disposition gave in its place; an existing name gets .1, .2 ...
 * unless -nc, -c or -N says otherwise. -d shows convert_fname()'s iconv of the name.
 */
final class LocalName {
    private LocalName() {
    }

    static String of(WgetSettings s, WgetUrl u, String replaced, WgetLog log) {
        String name = replaced != null ? replaced : fileName(u);
        log.debug("Converted file name '" + name + "' (UTF-8) -> '" + name + "' (" + Quote.codeset() + ")\n");
        String prefix = s.string("dirprefix");
        String file = prefix != null && !prefix.isEmpty() && !prefix.equals(".") ? prefix + "/" + name : name;
        if (!(s.bool("noclobber") || s.bool("continue") || s.bool("timestamping")) && new File(file).exists()) {
            for (int i = 1; ; i++) {
                String candidate = file + "." + i;
                if (!new File(candidate).exists()) {
                    return candidate;
                }
            }
        }
        return file;
    }

    /** The URL's last path segment (index.html for none) and its query. */
    private static String fileName(WgetUrl u) {
        String path = u.path();
        String name = PercentCoding.decode(path.substring(path.lastIndexOf('/') + 1));
        if (name.isEmpty()) {
            name = "index.html";
        }
        return u.query() != null ? name + "?" + u.query() : name;
    }

    /**
     * parse_content_disposition(): the filename parameter (filename*= with its charset'' prefix
     * and %XX, which wins over a plain one), from after its last slash or backslash; null for none.
     */
    static String fromContentDisposition(String header) {
        if (header == null) {
            return null;
        }
        String plain = null;
        String encoded = null;
        int[] at = {0};
        String[] param = new String[2];
        while (HeaderParam.next(header, at, param, ';')) {
            String name = param[0].toLowerCase(java.util.Locale.ROOT);
            boolean isEncoded = name.equals("filename*");
            if (!(name.equals("filename") || isEncoded) || param[1] == null) {
                continue;
            }
            String value = param[1];
            if (isEncoded) {
                // RFC 2231: charset'language'value, the value %XX-encoded
                int second = value.indexOf('\'', value.indexOf('\'') + 1);
                value = PercentCoding.decode(second >= 0 ? value.substring(second + 1) : value);
            }
            int cut = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
            value = value.substring(cut + 1);
            if (value.isEmpty()) {
                continue;
            }
            if (isEncoded) {
                encoded = encoded == null ? value : encoded + value;
            } else {
                plain = plain == null ? value : plain + value;
            }
        }
        return encoded != null ? encoded : plain;
    }
}
