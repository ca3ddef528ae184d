package jtwins.curl;

/**
 * What one request of a transfer may carry beyond the command line's own headers (lib/http.c):
 * whether a -H Host: still applies (not on a redirect to another host name), whether credentials,
 * -H Authorization: and -H Cookie: may go (Curl_auth_allowed_to_host(): the first host, port and
 * scheme, or --location-trusted), and the Cookie: value the jar and -b give (null for none).
 */
record RequestScope(boolean customHost, boolean auth, String cookies) {
    /** The first request of a transfer: everything the command line asks for. */
    static final RequestScope FIRST = new RequestScope(true, true, null);
}
