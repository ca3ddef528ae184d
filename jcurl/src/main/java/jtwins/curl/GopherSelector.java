package jtwins.curl;

/**
 * gopher_do()'s selector: the URL's path and query with the slash and the item type that start it
 * dropped ("/" and "/1" alone leave it empty), then URL-decoded with a %00 refused.
 */
final class GopherSelector {
    private GopherSelector() {
    }

    static String of(CurlUrl url) throws TransferFailed {
        String path = url.target();
        if (path.length() <= 2) {
            return "";
        }
        String selector = UrlDecoding.decode(path.substring(2), UrlDecoding.Reject.ZERO);
        if (selector == null) {
            throw new TransferFailed(CurlCode.URL_MALFORMAT, CurlUrl.BAD_FORMAT);
        }
        return selector;
    }
}
