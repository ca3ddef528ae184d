package jtwins.wget;

/** http.c's struct http_stat: what one try learned, read by http_loop to decide what to say and do. */
final class HttpState {
    /** bytes of the file after this try, including what an earlier try left (restval) */
    long len;
    /** the whole length, or -1 when the server did not say */
    long contlen = -1;
    long restval;
    /** bytes read in this try */
    long rdSize;
    double dltime;
    int statcode;
    String message;
    String localFile;
    String newLocation;
    /** the body read ended in a read error (not a clean end of stream) */
    boolean readError;
    String readErrorText;
    /** RETROKF: the server's answer was a success */
    boolean retrOk;
    String contentType;
    /** the Last-Modified header of the answer */
    String lastModified;
    /** -N with a local file: its time, sent as If-Modified-Since */
    String ifModifiedSince;
    /** set_content_type(): text/html or application/xhtml+xml, or no Content-Type at all; text/css */
    boolean html;
    boolean css;
    /** the charset the Content-Type named (set_content_encoding()), for the IRIs of the links it holds */
    String contentCharset;
    /** the page the URL was found on, sent as Referer (or --referer's) */
    String referer;
    /** check_file_output()'s hs->temporary: a file kept only to read links from (--spider, -R, --delete-after) */
    boolean temporary;
    /** -E added .html or .css to the name (FILE_DOWNLOADED_AND_HTML_EXTENSION_ADDED) */
    boolean addedExtension;
}
