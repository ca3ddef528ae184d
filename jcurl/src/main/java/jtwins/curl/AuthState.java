package jtwins.curl;

/**
 * libcurl's struct auth for the server or the proxy: the methods the command line wants, the one
 * picked (all wanted ones until a 401/407 names what it offers), the ones the last response
 * offered, whether the picked method has said all it has to say, and whether it needs rounds.
 */
final class AuthState {
    /** curl.h's CURLAUTH_* bits. */
    static final long BASIC = 1;
    static final long DIGEST = 1 << 1;
    static final long NEGOTIATE = 1 << 2;
    static final long NTLM = 1 << 3;
    static final long DIGEST_IE = 1 << 4;
    static final long NTLM_WB = 1 << 5;
    static final long BEARER = 1 << 6;
    static final long AWS_SIGV4 = 1 << 7;
    static final long ANY = ~DIGEST_IE;
    /** CURLAUTH_PICKNONE: the server offered nothing wanted. */
    static final long PICK_NONE = 1L << 30;

    long want;
    long picked;
    long avail;
    boolean done;
    boolean multipass;
    /** CURLAUTH_DIGEST_IE: the Digest uri leaves out the query. */
    final boolean ieStyle;

    /**
     * setopt.c's CURLOPT_HTTPAUTH/PROXYAUTH: DIGEST_IE means Digest in the IE style, and the bits
     * this build cannot speak (Negotiate, NTLM_WB) are switched off.
     */
    AuthState(long set) {
        this.ieStyle = (set & DIGEST_IE) != 0;
        long bits = set;
        if (ieStyle) {
            bits = (bits | DIGEST) & ~DIGEST_IE;
        }
        this.want = bits & ~(NEGOTIATE | NTLM_WB);
    }

    /**
     * pickoneauth(): of what was offered and is wanted, the first of Negotiate, Bearer, Digest,
     * NTLM, NTLM_WB, Basic, AWS; the offers are forgotten either way.
     */
    boolean pickOne(long mask) {
        long offered = avail & want & mask;
        long[] order = {NEGOTIATE, BEARER, DIGEST, NTLM, NTLM_WB, BASIC, AWS_SIGV4};
        avail = 0;
        for (long bit : order) {
            if ((offered & bit) != 0) {
                picked = bit;
                return true;
            }
        }
        picked = PICK_NONE;
        return false;
    }

    /** The picked method's name as output_auth_headers() says it. */
    static String name(long bit) {
        if (bit == DIGEST) {
            return "Digest";
        }
        if (bit == NTLM) {
            return "NTLM";
        }
        if (bit == BEARER) {
            return "Bearer";
        }
        return "Basic";
    }
}
