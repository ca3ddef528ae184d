package jtwins.wget;

import java.io.File;

/**
 * url.c's url_file_name(): -P's directory, with directories (-r, -x) the host and port and the URL's
 * directories (--cut-dirs, -nH, --protocol-directories), then the URL's last path segment
 * (index.html or --default-page for none) with its query, or the name a Content-Disposition gave in
 * its place; each element decoded and restricted as --restrict-file-names says. An existing name
 * gets .1, .2 ... unless clobbering is allowed. -d shows convert_fname()'s iconv of the name.
 */
final class LocalName {
    private LocalName() {
    }

    static String of(WgetSettings s, WgetUrl u, String replaced, WgetLog log) {
        StringBuilder name = new StringBuilder();
        if (s.bool("dirstruct")) {
            // the host and port (unless -nH), then the URL's directories less --cut-dirs
            if (s.bool("protocoldirectories")) {
                name.append(u.scheme());
            }
            if (s.bool("addhostdir")) {
                if (name.length() > 0) {
                    name.append('/');
                }
                name.append(u.host().equals("..") ? "%2E%2E" : u.host());
                if (u.port() != u.defaultPort()) {
                    name.append(FileNameRestrictions.windows(s) ? '+' : ':').append(u.port());
                }
            }
            String[] dirs = u.path().split("/", -1);
            int cut = s.number("cutdirs");
            for (int i = 0; i < dirs.length - 1; i++) {
                if (cut-- > 0 || dirs[i].isEmpty()) {
                    continue;
                }
                if (name.length() > 0) {
                    name.append('/');
                }
                nameMax(name.toString());
                name.append(FileNameRestrictions.pathElement(s, dirs[i]));
            }
        }
        String file;
        if (replaced != null) {
            file = replaced;
        } else {
            String index = s.string("defaultpage") != null ? s.string("defaultpage") : "index.html";
            file = u.file().isEmpty() ? index : u.file();
            if (u.query() != null) {
                file = file + (FileNameRestrictions.windows(s) ? "@" : "?") + u.query();
            }
        }
        if (name.length() > 0) {
            name.append('/');
        }
        nameMax(name.toString());
        name.append(FileNameRestrictions.pathElement(s, file));
        String converted = convertFname(s, name.toString(), log);
        String prefix = s.string("dirprefix");
        String whole = prefix != null && !prefix.isEmpty() && !prefix.equals(".") ? prefix + "/" + converted : converted;
        return unique(s, whole);
    }

    /**
     * convert_fname(): the name's bytes from --remote-encoding (UTF-8 by default) to the local
     * encoding; bytes that do not convert leave the name as it was, said at -v. The result is the
     * name as Java writes it, its bytes read as UTF-8.
     */
    private static String convertFname(WgetSettings s, String bytes, WgetLog log) {
        IriOptions iri = IriOptions.of(s);
        String from = iri.remote() != null ? iri.remote() : "UTF-8";
        String to = iri.locale();
        byte[] raw = bytes.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String shown = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
        try {
            java.nio.charset.Charset fromCs = java.nio.charset.Charset.forName(from);
            java.nio.charset.Charset toCs = java.nio.charset.Charset.forName(to);
            String text = fromCs.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString();
            java.nio.ByteBuffer out = toCs.newEncoder().encode(java.nio.CharBuffer.wrap(text));
            byte[] outBytes = new byte[out.remaining()];
            out.get(outBytes);
            String result = new String(outBytes, toCs);
            log.debug("Converted file name '" + shown + "' (" + from + ") -> '" + result + "' (" + to + ")\n");
            return result;
        } catch (java.nio.charset.CharacterCodingException e) {
            log.verbose("Incomplete or invalid multibyte sequence encountered\n");
            log.debug("Failed to convert file name '" + shown + "' (" + from + ") -> '?' (" + to + ")\n");
            return shown;
        } catch (IllegalArgumentException e) {
            log.verbose("Conversion from " + Quote.of(from) + " to " + Quote.of(to) + " isn't supported\n");
            return shown;
        }
    }

    /**
     * get_max_length(): append_uri_pathel() asks pathconf(_PC_NAME_MAX) of the name so far (a missing
     * directory is asked of its parent instead); when a directory of it is a file, pathconf() fails
     * with ENOTDIR and wget says so with perror(), to stderr whatever -o says.
     */
    private static void nameMax(String soFar) {
        String p = soFar;
        while (true) {
            java.nio.file.Path path = java.nio.file.Path.of(p.isEmpty() ? "." : p);
            if (notADirectoryOnTheWay(p)) {
                System.err.print("pathconf: Not a directory\n");
                System.err.flush();
                return;
            }
            if (java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) || p.isEmpty() || p.equals("/")) {
                return;
            }
            int slash = p.lastIndexOf('/');
            p = slash == 0 ? "/" : slash > 0 ? p.substring(0, slash) : "";
        }
    }

    /** Whether resolving the path stops at a file where a directory is needed (ENOTDIR). */
    private static boolean notADirectoryOnTheWay(String p) {
        String[] parts = p.split("/", -1);
        StringBuilder at = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                at.append('/');
            }
            at.append(parts[i]);
            boolean needsDirectory = i < parts.length - 1;
            if (parts[i].isEmpty() || !needsDirectory) {
                continue;
            }
            File f = new File(at.toString());
            if (!f.exists()) {
                return false;
            }
            if (!f.isDirectory()) {
                return true;
            }
        }
        return false;
    }

    /** url.h's ALLOW_CLOBBER: -nc, -c, -N, directories, -O or --backups keep a name as it is. */
    static boolean clobberAllowed(WgetSettings s) {
        return s.bool("noclobber") || s.bool("continue") || s.bool("timestamping") || s.bool("dirstruct")
                || s.string("outputdocument") != null || s.number("backups") > 0;
    }

    /**
     * The name as it is when clobbering is allowed (-nc, -c, -N, directories, -O, --backups) or it
     * names a directory; otherwise the first of NAME, NAME.1, NAME.2 ... that does not exist.
     */
    static String unique(WgetSettings s, String file) {
        File f = new File(file);
        if (clobberAllowed(s) && !(f.exists() && f.isDirectory()) || !f.exists()) {
            return file;
        }
        for (int i = 1; ; i++) {
            String candidate = file + "." + i;
            if (!new File(candidate).exists()) {
                return candidate;
            }
        }
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
