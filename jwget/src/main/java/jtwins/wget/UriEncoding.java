package jtwins.wget;

/**
 * iri.c's struct iri as far as it shows: the encoding a URL is taken to be in, and whether it is
 * still to be converted to UTF-8 (utf8_encode). Its debug trail is Debian's wget's: "URI encoding =
 * ..." each time an encoding is set (set_uri_encoding()), and "converted ..." each time a URL is
 * parsed while conversion is on and the encoding is not UTF-8 (remote_to_utf8()'s iconv, whose input
 * has its unreserved %XX decoded). Conversion stays on only while it changes the URL, so in a UTF-8
 * locale, or for a URL without escapes, nothing more is said.
 */
final class UriEncoding {
    private final String encoding;
    private boolean utf8Encode = true;

    private UriEncoding(String encoding) {
        this.encoding = encoding;
    }

    /** iri_new() and set_uri_encoding(): said with -d. */
    static UriEncoding set(WgetLog log, String charset) {
        log.debug("URI encoding = " + (charset == null ? "None" : Quote.of(charset)) + "\n");
        return new UriEncoding(charset);
    }

    /** The locale's encoding, opt.locale. */
    static String locale() {
        return Quote.codeset();
    }

    String encoding() {
        return encoding;
    }

    /** A redirect turns conversion on again (iri->utf8_encode = opt.enable_iri). */
    void reset() {
        utf8Encode = true;
    }

    /** url_parse() with this IRI: the conversion said, and kept on only when it changed the URL. */
    void parse(WgetLog log, String url) {
        if (!utf8Encode) {
            return;
        }
        if (encoding == null || encoding.equalsIgnoreCase("UTF-8")) {
            utf8Encode = false;
            return;
        }
        String out = PercentCoding.decodeExceptReserved(url);
        // do_conversion() does not print what may hold a password
        if (url.indexOf('@') < 0 && out.indexOf('@') < 0) {
            log.debug("converted " + Quote.of(url) + " (" + encoding + ") -> " + Quote.of(out) + " (UTF-8)\n");
        } else {
            log.debug("logging suppressed, strings may contain password\n");
        }
        utf8Encode = !out.equals(url);
    }
}
