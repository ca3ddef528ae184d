package jtwins.curl;

/** The CURLcode values this twin can end with, each with curl_easy_strerror()'s text; the code is the exit status. */
enum CurlCode {
    OK(0, "No error"),
    UNSUPPORTED_PROTOCOL(1, "Unsupported protocol"),
    FAILED_INIT(2, "Failed initialization"),
    URL_MALFORMAT(3, "URL using bad/illegal format or missing URL"),
    COULDNT_RESOLVE_PROXY(5, "Couldn't resolve proxy name"),
    COULDNT_RESOLVE_HOST(6, "Couldn't resolve host name"),
    COULDNT_CONNECT(7, "Couldn't connect to server"),
    WEIRD_SERVER_REPLY(8, "Weird server reply"),
    REMOTE_ACCESS_DENIED(9, "Access denied to remote resource"),
    FTP_ACCEPT_FAILED(10, "FTP: The server failed to connect to data port"),
    FTP_ACCEPT_TIMEOUT(12, "FTP: Accepting server connect has timed out"),
    FTP_WEIRD_PASV_REPLY(13, "FTP: unknown PASV reply"),
    HTTP2(16, "Error in the HTTP2 framing layer"),
    FTP_COULDNT_SET_TYPE(17, "FTP: couldn't set file type"),
    FTP_COULDNT_RETR_FILE(19, "FTP: couldn't retrieve (RETR failed) the specified file"),
    REMOTE_FILE_NOT_FOUND(78, "Remote file not found"),
    PARTIAL_FILE(18, "Transferred a partial file"),
    HTTP_RETURNED_ERROR(22, "HTTP response code said error"),
    WRITE_ERROR(23, "Failed writing received data to disk/application"),
    READ_ERROR(26, "Failed to open/read local data from file/application"),
    OPERATION_TIMEDOUT(28, "Timeout was reached"),
    FTP_PORT_FAILED(30, "FTP: command PORT failed"),
    FTP_COULDNT_USE_REST(31, "FTP: couldn't use REST"),
    QUOTE_ERROR(21, "Quote command returned error"),
    RANGE_ERROR(33, "Requested range was not delivered by the server"),
    SSH(79, "Error in the SSH layer"),
    SSL_CONNECT_ERROR(35, "SSL connect error"),
    FILESIZE_EXCEEDED(63, "Maximum file size exceeded"),
    TOO_MANY_REDIRECTS(47, "Number of redirects hit maximum amount"),
    GOT_NOTHING(52, "Server returned nothing (no headers, no data)"),
    SEND_ERROR(55, "Failed sending data to the peer"),
    RECV_ERROR(56, "Failure when receiving data from the peer"),
    PEER_FAILED_VERIFICATION(60, "SSL peer certificate or SSH remote key was not OK"),
    BAD_CONTENT_ENCODING(61, "Unrecognized or bad HTTP Content or Transfer-Encoding"),
    LOGIN_DENIED(67, "Login denied"),
    TFTP_NOTFOUND(68, "TFTP: File Not Found"),
    TFTP_PERM(69, "TFTP: Access Violation"),
    REMOTE_DISK_FULL(70, "Disk full or allocation exceeded"),
    TFTP_ILLEGAL(71, "TFTP: Illegal operation"),
    TFTP_UNKNOWNID(72, "TFTP: Unknown transfer ID"),
    REMOTE_FILE_EXISTS(73, "Remote file already exists"),
    TFTP_NOSUCHUSER(74, "TFTP: No such user"),
    FILE_COULDNT_READ_FILE(37, "Couldn't read a file:// file"),
    BAD_DOWNLOAD_RESUME(36, "Couldn't resume download"),
    OUT_OF_MEMORY(27, "Out of memory"),
    HTTP2_STREAM(92, "Stream error in the HTTP/2 framing layer"),
    PROXY(97, "Proxy handshake error"),
    BAD_FUNCTION_ARGUMENT(43, "A libcurl function was given a bad argument"),
    RTSP_CSEQ_ERROR(85, "RTSP CSeq mismatch or invalid CSeq"),
    RTSP_SESSION_ERROR(86, "RTSP session error"),
    UNKNOWN_OPTION(48, "An unknown option was passed in to libcurl"),
    SETOPT_OPTION_SYNTAX(49, "Malformed option provided in a setopt"),
    UPLOAD_FAILED(25, "Upload failed (at start/before it took off)"),
    LDAP_CANNOT_BIND(38, "LDAP: cannot bind"),
    LDAP_SEARCH_FAILED(39, "LDAP: search failed"),
    INTERFACE_FAILED(45, "Failed binding local connection end"),
    ABORTED_BY_CALLBACK(42, "Operation was aborted by an application callback"),
    SSL_CACERT_BADFILE(77, "Problem with the SSL CA cert (path? access rights?)");

    private final int number;
    private final String text;

    CurlCode(int number, String text) {
        this.number = number;
        this.text = text;
    }

    int number() {
        return number;
    }

    String text() {
        return text;
    }
}
