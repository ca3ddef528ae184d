package jtwins.curl;

/** What curl_easy_getinfo() would answer after a transfer: the values -w prints. */
final class TransferInfo {
    int httpCode;
    long sizeDownload;
    long sizeHeader;
    long sizeRequest;
    long sizeUpload;
    long namelookupUs;
    long connectUs;
    long appconnectUs;
    long pretransferUs;
    long starttransferUs;
    long totalUs;
    long redirectUs;
    int numConnects;
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
