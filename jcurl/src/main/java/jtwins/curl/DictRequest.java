package jtwins.curl;

import java.util.Locale;

/**
 * dict_do()'s request (RFC 2229): a path starting "/MATCH:", "/M:" or "/FIND:" is a MATCH of its
 * word in its database with its strategy ("!" and "." when left out), "/DEFINE:", "/D:" or
 * "/LOOKUP:" a DEFINE; any other path is sent as a command with its colons made spaces. Each
 * follows a CLIENT line and is followed by QUIT.
 */
final class DictRequest {
    private static final String CLIENT = "CLIENT libcurl 7.88.1\r\n";

    private DictRequest() {
    }

    /** The request's text; a lookup without a word says so on the verbose trace. */
    static String of(CurlUrl url, DebugTrace verbose) throws TransferFailed {
        String path = UrlDecoding.decode(url.path(), UrlDecoding.Reject.CTRL);
        if (path == null) {
            throw new TransferFailed(CurlCode.URL_MALFORMAT, CurlUrl.BAD_FORMAT);
        }
        String upper = path.toUpperCase(Locale.ROOT);
        boolean match = upper.startsWith("/MATCH:") || upper.startsWith("/M:") || upper.startsWith("/FIND:");
        boolean define = upper.startsWith("/DEFINE:") || upper.startsWith("/D:") || upper.startsWith("/LOOKUP:");
        if (!match && !define) {
            return CLIENT + path.substring(path.indexOf('/') + 1).replace(':', ' ') + "\r\nQUIT\r\n";
        }
        // word:database:strategy:nth for MATCH, word:database:nth for DEFINE; nth is never sent
        String[] parts = path.substring(path.indexOf(':') + 1).split(":", -1);
        String word = parts[0];
        String database = parts.length > 1 ? parts[1] : "";
        String strategy = match && parts.length > 2 ? parts[2] : "";
        if (word.isEmpty()) {
            verbose.info("lookup word is missing");
            word = "default";
        }
        if (database.isEmpty()) {
            database = "!";
        }
        if (strategy.isEmpty()) {
            strategy = ".";
        }
        String escaped = escaped(word);
        return CLIENT + (match ? "MATCH " + database + " " + strategy + " " + escaped
                : "DEFINE " + database + " " + escaped) + "\r\nQUIT\r\n";
    }

    /** unescape_word(): blanks, controls, DEL and up, quotes and the backslash get a backslash before them. */
    private static String escaped(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // C's char is signed here: a byte past 127 is below 32 too
            if (c <= 32 || c >= 127 || c == '\'' || c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
