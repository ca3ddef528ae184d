package jtwins.curl;

/** What curl_easy_getinfo() would answer after a transfer: the values -w prints. */
final class TransferInfo {
    int httpCode;
    /** CURLINFO_HTTP_VERSION as %{http_version} words it: "1.0", "1.1", "2", or "0" before any response. */
    String httpVersion = "0";
    long sizeDownload;
    long sizeHeader;
    long sizeRequest;
    long sizeUpload;
    /** The document's time (Last-Modified, a file's mtime), for -R; -1 when unknown. */
    long fileTime = -1;
    long namelookupUs;
    long connectUs;
    long appconnectUs;
    long pretransferUs;
    long starttransferUs;
    long totalUs;
    long redirectUs;
    int numConnects;
    /** The number of the connection the last request used (curl's connection_id). */
    int connectionId;
    /** Curl_pretransfer() failed (a bad --resolve entry): no connection was ever looked for, none is closed. */
    boolean pretransferFailed;
    /** The proxy's answer to CONNECT (%{http_connect}); 0 for none. */
    int httpConnect;
    /** -z's condition was not met (CURLINFO_CONDITION_UNMET): no -o file is made for the body not read. */
    boolean conditionUnmet;
    /** The Referer the last request sent (%{referer}); null for none. */
    String referer;
    /** The last response's header fields, {name, value}, as -w's %header{} and %{header_json} read them. */
    java.util.List<String[]> headers = java.util.List.of();
    /** The last response's connection is closed after it (its headers, or a framing curl cannot keep). */
    boolean connectionEnds;
    /** A transfer that failed and left its connection kept (an FTP refusal with every reply read). */
    boolean keptAfterFailure;
    /** A failure of Curl_follow(), after multi_done() had drawn the meter's last line and let the connection go. */
    boolean failedAfterDone;
    int numRedirects;
    String urlEffective = "";
    String url = "";
    String redirectUrl;
    String remoteIp = "";
    int remotePort;
    String localIp = "";
    int localPort;
    String contentType;
    /** CURLINFO_RETRY_AFTER: the Retry-After header in seconds, 0 when absent. */
    long retryAfterSeconds;
    String scheme = "";
    String method = "GET";
    String filenameEffective;
    int exitCode;
    String errorMessage = "";
    int urlNumber;
}
