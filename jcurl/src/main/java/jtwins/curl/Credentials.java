package jtwins.curl;

import java.nio.file.Path;

/**
 * The user:password a request's Basic Authorization carries (url.c override_login()): -u's, else
 * the URL's; with --netrc or --netrc-optional (and no -u) the .netrc entry for the host fills them
 * in, the URL's user choosing the login; the URL's password stays unless the file gives one.
 */
final class Credentials {
    /** The pair, and whether .netrc gave it (then it goes to whatever host a redirect leads to). */
    record Found(String userPassword, boolean fromNetrc) {
    }

    private Credentials() {
    }

    static Found of(CurlConfig c, CurlUrl url, DebugTrace verbose) throws TransferFailed {
        if (c.user != null) {
            // no password given means an empty one here (no terminal prompt)
            return new Found(c.user.indexOf(':') >= 0 ? c.user : c.user + ":", false);
        }
        String user = url.user();
        String password = url.user() == null || url.password().isEmpty() ? null : url.password();
        boolean fromNetrc = false;
        if (c.netrc != CurlConfig.Netrc.IGNORED) {
            // --netrc (required) looks up without the URL's password; the URL's stays unless the file gives one
            String urlPassword = password;
            if (c.netrc == CurlConfig.Netrc.REQUIRED) {
                password = null;
            }
            Path file = c.netrcFile != null ? LocalPath.of(c.netrcFile)
                    : Path.of(System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home"),
                    ".netrc");
            Netrc.Entry e;
            try {
                e = Netrc.lookup(file, url.host(), user, password);
            } catch (Netrc.SyntaxError bad) {
                throw new TransferFailed(CurlCode.READ_ERROR, ".netrc parser error");
            }
            if (e == null || !e.found()) {
                verbose.info("Couldn't find host " + url.host() + " in the " + (c.netrcFile != null ? c.netrcFile
                        : "(nil)") + " file; using defaults");
            } else {
                user = e.login();
                password = e.password();
                fromNetrc = true;
            }
            if (password == null) {
                password = urlPassword;
            }
            if (user == null && password != null) {
                user = "";
            }
        }
        if (user == null) {
            return new Found(null, false);
        }
        return new Found(user + ":" + (password == null ? "" : password), fromNetrc);
    }
}
