package jtwins.curl;

/**
 * What one request of a transfer may carry beyond the command line's own headers (lib/http.c):
 * whether a -H Host: still applies (not on a redirect to another host name), whether credentials,
 * -H Authorization: and -H Cookie: may go (Curl_auth_allowed_to_host(): the first host, port and
 * scheme, or --location-trusted), the user:password Basic sends (null for none), the Cookie: value the jar and -b give (null for none), and the
 * proxy the request goes to (null for none); whether it goes as HTTP/1.0 whatever -0 says, and
 * whether it waits for no 100 (a 417 answered the last one that did); its Referer (null for none);
 * and a form's multipart Content-Type, which takes a -H Content-Type's place (null for none); the
 * Proxy-Authorization and Authorization lines HttpAuth gave it, and whether it is a probe (a POST or
 * PUT sent without its body while authentication takes rounds); and whether the connection speaks
 * HTTP/2 (no Expect: 100-continue, no Upgrade: h2c, no chunks).
 */
record RequestScope(boolean customHost, boolean auth, String credentials, String cookies, CurlUrl proxy,
                    boolean http10, boolean noExpect, String referer, String contentType,
                    java.util.List<String> authorization, boolean probe, boolean http2) {
    /** The same, on HTTP/1.0: Curl_use_http_1_1plus() once the server or this transfer answered 1.0. */
    RequestScope downgraded() {
        return new RequestScope(customHost, auth, credentials, cookies, proxy, true, noExpect, referer, contentType,
                authorization, probe, http2);
    }

    /** The same, with no Expect: 100-continue (data->state.disableexpect, after a 417). */
    RequestScope withoutExpect() {
        return new RequestScope(customHost, auth, credentials, cookies, proxy, http10, true, referer, contentType,
                authorization, probe, http2);
    }

    /** The same, with the authentication lines for this request and whether it probes. */
    RequestScope authenticated(java.util.List<String> lines, boolean probing) {
        return new RequestScope(customHost, auth, credentials, cookies, proxy, http10, noExpect, referer, contentType,
                lines, probing, http2);
    }

    /** The same, on a connection that speaks HTTP/2. */
    RequestScope onHttp2() {
        return new RequestScope(customHost, auth, credentials, cookies, proxy, http10, true, referer, contentType,
                authorization, probe, true);
    }
}
