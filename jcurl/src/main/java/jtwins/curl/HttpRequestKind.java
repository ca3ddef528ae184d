package jtwins.curl;

/**
 * The HTTP request an operation makes as tool_helpers.c SetHTTPrequest() settles it: -I (HEAD,
 * or GET for --no-head) and -F (a multipart POST) as they are parsed, -d (a POST, or with -G a
 * GET or HEAD) as the operation starts, -T (PUT) as each upload is set up. A second, different
 * one is warned about ("You can only select one HTTP request method!") and refused.
 */
enum HttpRequestKind {
    UNSPEC(""),
    GET("GET (-G, --get)"),
    HEAD("HEAD (-I, --head)"),
    MIMEPOST("multipart formpost (-F, --form)"),
    SIMPLEPOST("POST (-d, --data)"),
    PUT("PUT (-T, --upload-file)");

    private final String shown;

    HttpRequestKind(String shown) {
        this.shown = shown;
    }

    /** SetHTTPrequest(): true when the operation's kind is now this one; false, with the warning, when it was another. */
    boolean setFor(CurlConfig c, ToolMessages messages) {
        if (c.httpRequest == UNSPEC || c.httpRequest == this) {
            c.httpRequest = this;
            return true;
        }
        messages.warn("You can only select one HTTP request method! You asked for both " + shown + " and "
                + c.httpRequest.shown + ".");
        return false;
    }
}
