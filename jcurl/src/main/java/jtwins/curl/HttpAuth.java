package jtwins.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * A transfer's HTTP authentication with the server and with an HTTP proxy (lib/http.c
 * Curl_http_output_auth(), Curl_http_input_auth(), Curl_http_auth_act()): which method goes with
 * the next request, what the 401/407 challenges offered, and whether the request goes again.
 */
final class HttpAuth {
    /** A user and password; the password "" when none was given. */
    record Login(String user, String password) {
        /** "user:password" split at the first colon, as curl splits -u's value. */
        static Login of(String userPassword) {
            if (userPassword == null) {
                return null;
            }
            int colon = userPassword.indexOf(':');
            return colon < 0 ? new Login(userPassword, "")
                    : new Login(userPassword.substring(0, colon), userPassword.substring(colon + 1));
        }
    }

    final AuthState host;
    final AuthState proxy;
    private final DigestChallenge hostDigest = new DigestChallenge();
    private final DigestChallenge proxyDigest = new DigestChallenge();
    private final NtlmExchange hostNtlm = new NtlmExchange();
    private final NtlmExchange proxyNtlm = new NtlmExchange();
    /** data->state.authproblem: a challenge could not be answered or was answered wrongly. */
    private boolean problem;
    /** conn->bits.authneg: a POST or PUT goes without its body until the rounds are over. */
    private boolean probing;
    private final String bearer;

    HttpAuth(CurlConfig config) {
        this.host = new AuthState(config.authType == 0 ? AuthState.BASIC : config.authType);
        this.proxy = new AuthState(config.proxyAuthType() == 0 ? AuthState.BASIC : config.proxyAuthType());
        this.bearer = config.bearer;
    }


    boolean probing() {
        return probing;
    }

    /** The NTLM exchange with the server or the proxy, whose state lives as long as the connection. */
    NtlmExchange ntlm(boolean forProxy) {
        return forProxy ? proxyNtlm : hostNtlm;
    }

    /**
     * Curl_http_output_auth(): the Proxy-Authorization and Authorization lines (without CRLF) for a
     * request; a proxy line only when the proxy is asked in this request (the CONNECT, or the
     * request itself without a tunnel), a server line only where credentials may go.
     * @param customHeaders -H's (or --proxy-header's for the proxy) lines, which may name the header themselves
     */
    List<String> output(String method, boolean getOrHead, String path, Login user, Login proxyUser,
                        boolean proxyAsked, boolean hostAllowed, List<String> customHeaders,
                        List<String> proxyHeaders, DebugTrace verbose) throws TransferFailed {
        List<String> lines = new ArrayList<>();
        if (!(proxyAsked && proxyUser != null) && user == null && bearer == null) {
            host.done = true;
            proxy.done = true;
            probing = false;
            return lines;
        }
        if (host.want != 0 && host.picked == 0) {
            host.picked = host.want;
        }
        if (proxy.want != 0 && proxy.picked == 0) {
            proxy.picked = proxy.want;
        }
        if (proxyAsked) {
            headerFor(proxy, true, method, path, proxyUser, proxyHeaders, lines, verbose);
        } else {
            proxy.done = true;
        }
        if (hostAllowed) {
            headerFor(host, false, method, path, user, customHeaders, lines, verbose);
        } else {
            host.done = true;
        }
        probing = ((host.multipass && !host.done) || (proxy.multipass && !proxy.done)) && !getOrHead;
        return lines;
    }

    /** output_auth_headers(): the picked method's line, and "Server/Proxy auth using M with user 'U'". */
    private void headerFor(AuthState state, boolean forProxy, String method, String path, Login login,
                           List<String> custom, List<String> lines, DebugTrace verbose) throws TransferFailed {
        String prefix = forProxy ? "Proxy-Authorization: " : "Authorization: ";
        String named = forProxy ? "Proxy-authorization" : "Authorization";
        String used = null;
        if (state.picked == AuthState.NTLM) {
            used = "NTLM";
            String line = ntlm(forProxy).output(login, state, verbose);
            if (line != null) {
                lines.add(prefix + line);
            }
        } else if (state.picked == AuthState.DIGEST) {
            used = "Digest";
            DigestChallenge digest = forProxy ? proxyDigest : hostDigest;
            if (!digest.ready()) {
                state.done = false;
            } else {
                // CURLAUTH_DIGEST_IE: the uri is the path without its query
                String uri = state.ieStyle && path.indexOf('?') >= 0 ? path.substring(0, path.indexOf('?')) : path;
                Login l = login == null ? new Login("", "") : login;
                lines.add(prefix + "Digest " + digest.answer(l.user(), l.password(), method, uri));
                state.done = true;
            }
        } else if (state.picked == AuthState.BASIC) {
            if (login != null && !RequestHead.names(custom, named)) {
                used = "Basic";
                lines.add(prefix + "Basic " + RequestHead.base64(login.user() + ":" + login.password()));
            }
            state.done = true;
        }
        if (state.picked == AuthState.BEARER) {
            if (!forProxy && bearer != null && !RequestHead.names(custom, "Authorization")) {
                used = "Bearer";
                lines.add("Authorization: Bearer " + bearer);
            }
            state.done = true;
        }
        if (used != null) {
            verbose.info((forProxy ? "Proxy" : "Server") + " auth using " + used + " with user '"
                    + (login == null ? "" : login.user()) + "'");
            state.multipass = !state.done;
        } else {
            state.multipass = false;
        }
    }

    /**
     * Curl_http_input_auth(): one WWW-Authenticate (of a 401) or Proxy-authenticate (of a 407)
     * value; each method it names is offered, Digest's parameters kept, NTLM's type-2 read when NTLM
     * is picked, and a Basic or Bearer offered again after it was sent is a problem.
     */
    void input(boolean forProxy, String value, DebugTrace verbose) {
        AuthState state = forProxy ? proxy : host;
        int at = 0;
        String v = value;
        while (at < v.length()) {
            String rest = v.substring(at);
            if (method(rest, "NTLM")) {
                state.avail |= AuthState.NTLM;
                if (state.picked == AuthState.NTLM) {
                    if (ntlm(forProxy).input(rest, verbose)) {
                        problem = false;
                    } else {
                        verbose.info("Authentication problem. Ignoring this.");
                        problem = true;
                    }
                }
            } else if (method(rest, "Digest")) {
                if ((state.avail & AuthState.DIGEST) != 0) {
                    verbose.info("Ignoring duplicate digest auth header.");
                } else {
                    state.avail |= AuthState.DIGEST;
                    // kept even when Digest is not picked (yet): the next request may answer it
                    if (!(forProxy ? proxyDigest : hostDigest).decode(rest)) {
                        verbose.info("Authentication problem. Ignoring this.");
                        problem = true;
                    }
                }
            } else if (method(rest, "Basic")) {
                offeredOnePass(state, AuthState.BASIC, verbose);
            } else if (method(rest, "Bearer")) {
                offeredOnePass(state, AuthState.BEARER, verbose);
            }
            // several methods may share a line: on past the next comma and the spaces after it
            while (at < v.length() && v.charAt(at) != ',') {
                at++;
            }
            if (at < v.length()) {
                at++;
            }
            while (at < v.length() && Character.isWhitespace(v.charAt(at))) {
                at++;
            }
        }
    }

    /** Basic or Bearer offered: when it was what went, the name, password or token is wrong. */
    private void offeredOnePass(AuthState state, long bit, DebugTrace verbose) {
        state.avail |= bit;
        if (state.picked == bit) {
            state.avail = 0;
            verbose.info("Authentication problem. Ignoring this.");
            problem = true;
        }
    }

    /** checkprefix() and is_valid_auth_separator(): the method's name, then the end, a comma or a space. */
    private static boolean method(String s, String name) {
        int n = name.length();
        return s.regionMatches(true, 0, name, 0, n)
                && (s.length() == n || s.charAt(n) == ',' || Character.isWhitespace(s.charAt(n)));
    }

    /**
     * Curl_http_auth_act() after a response's head: on a 401 (with credentials or a bearer) or a 407
     * (with proxy credentials), or a 2xx to a probe, one of the offered methods is picked; true when
     * the request is to go again. A 2xx to a probing POST or PUT goes again once, with its body.
     */
    boolean act(int status, boolean hasUser, boolean hasProxyUser) {
        if (status >= 100 && status <= 199) {
            return false;
        }
        if (problem) {
            return false;
        }
        long mask = bearer == null ? ~AuthState.BEARER : ~0L;
        boolean pickHost = false;
        boolean pickProxy = false;
        if ((hasUser || bearer != null) && (status == 401 || (probing && status < 300))) {
            pickHost = host.pickOne(mask);
            if (!pickHost) {
                problem = true;
            }
        }
        if (hasProxyUser && (status == 407 || (probing && status < 300))) {
            pickProxy = proxy.pickOne(mask & ~AuthState.BEARER);
            if (!pickProxy) {
                problem = true;
            }
        }
        if (pickHost || pickProxy) {
            return true;
        }
        if (status < 300 && !host.done && probing) {
            host.done = true;
            return true;
        }
        return false;
    }

    /**
     * http_should_fail() for -f's 401 and 407: failing unless there are credentials to answer with
     * and no problem answering.
     */
    boolean shouldFail(int status, boolean hasUser, boolean hasProxyUser) {
        if (status == 401 && !hasUser) {
            return true;
        }
        if (status == 407 && !hasProxyUser) {
            return true;
        }
        return problem;
    }

    /**
     * create_conn() for a connection not reused: NTLM's state belongs to a connection, so a new one
     * starts its handshake over, and a method NTLM had finished is picked again.
     */
    void newConnection(DebugTrace verbose) {
        hostNtlm.connectionGone();
        proxyNtlm.connectionGone();
        if (host.picked == AuthState.NTLM && host.done) {
            verbose.info("NTLM picked AND auth done set, clear picked");
            host.picked = 0;
            host.done = false;
        }
        if (proxy.picked == AuthState.NTLM && proxy.done) {
            verbose.info("NTLM-proxy picked AND auth done set, clear picked");
            proxy.picked = 0;
            proxy.done = false;
        }
    }



    /** "Connection closure while negotiating auth (HTTP 1.0?)": a type-2 on a closing connection. */
    void closingWhileNegotiating(int status, DebugTrace verbose) {
        if ((status == 401 && hostNtlm.awaitingType3()) || (status == 407 && proxyNtlm.awaitingType3())) {
            verbose.info("Connection closure while negotiating auth (HTTP 1.0?)");
            problem = true;
        }
    }
}
