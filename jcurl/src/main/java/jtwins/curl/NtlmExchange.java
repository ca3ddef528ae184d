package jtwins.curl;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One connection's NTLM handshake with a server or a proxy (lib/http_ntlm.c over lib/vauth/ntlm.c):
 * a type-1 message, the challenge's type-2, the type-3 answer (from the machine "WORKSTATION") (NTLMv2 when the type-2 asks for the
 * NTLM2 key, else NTLMv1's LM and NT responses), after which the connection is authenticated.
 */
final class NtlmExchange {
    private enum State { NONE, TYPE1, TYPE2, TYPE3, LAST }

    private static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
    private static final int NEGOTIATE_OEM = 1 << 1;
    private static final int REQUEST_TARGET = 1 << 2;
    private static final int NEGOTIATE_NTLM_KEY = 1 << 9;
    private static final int NEGOTIATE_ALWAYS_SIGN = 1 << 15;
    private static final int NEGOTIATE_NTLM2_KEY = 1 << 19;
    private static final int NEGOTIATE_UNICODE = 1;
    private static final int NEGOTIATE_TARGET_INFO = 1 << 23;
    /** NTLM_BUFSIZE: the type-3 message's buffer. */
    private static final int BUFFER = 1024;

    private State state = State.NONE;
    private int flags;
    private final byte[] nonce = new byte[8];
    private byte[] targetInfo = new byte[0];

    /** A type-2 has come and the type-3 is yet to go (a close now ends the handshake). */
    boolean awaitingType3() {
        return state == State.TYPE2;
    }

    /** The connection closed: a new one starts the handshake over. */
    void connectionGone() {
        state = State.NONE;
    }

    /**
     * Curl_input_ntlm(): "NTLM <base64>" is the type-2; "NTLM" alone asks for a type-1, unless one
     * was answered already (rejected: false).
     */
    boolean input(String header, DebugTrace verbose) {
        String rest = header.substring(4).stripLeading();
        if (!rest.isEmpty()) {
            byte[] type2;
            try {
                type2 = Base64.getDecoder().decode(rest.strip());
            } catch (IllegalArgumentException bad) {
                return false;
            }
            if (!decodeType2(type2, verbose)) {
                return false;
            }
            state = State.TYPE2;
            return true;
        }
        if (state == State.LAST) {
            verbose.info("NTLM auth restarted");
            cleanup();
        } else if (state == State.TYPE3) {
            verbose.info("NTLM handshake rejected");
            cleanup();
            state = State.NONE;
            return false;
        } else if (state != State.NONE) {
            verbose.info("NTLM handshake failure (internal error)");
            return false;
        }
        state = State.TYPE1;
        return true;
    }

    /** Curl_auth_decode_ntlm_type2_message(): the signature, type 2, the flags, the challenge, the target info. */
    private boolean decodeType2(byte[] m, DebugTrace verbose) {
        flags = 0;
        if (m.length < 32 || !java.util.Arrays.equals(m, 0, 8, SIGNATURE, 0, 8) || le32(m, 8) != 2) {
            verbose.info("NTLM handshake failure (bad type-2 message)");
            return false;
        }
        flags = le32(m, 20);
        System.arraycopy(m, 24, nonce, 0, 8);
        if ((flags & NEGOTIATE_TARGET_INFO) != 0 && m.length >= 48) {
            int len = le16(m, 40);
            long offset = le32(m, 44) & 0xFFFFFFFFL;
            if (len > 0) {
                if (offset > m.length || offset + len > m.length || offset < 48) {
                    verbose.info("NTLM handshake failure (bad type-2 message). "
                            + "Target Info Offset Len is set incorrect by the peer");
                    verbose.info("NTLM handshake failure (bad type-2 message)");
                    return false;
                }
                targetInfo = java.util.Arrays.copyOfRange(m, (int) offset, (int) offset + len);
            } else {
                targetInfo = new byte[0];
            }
        }
        return true;
    }

    /**
     * Curl_output_ntlm(): the value after "Authorization: " for the next request, null when the
     * connection is authenticated already and sends none.
     */
    String output(HttpAuth.Login login, AuthState auth, DebugTrace verbose) throws TransferFailed {
        auth.done = false;
        String user = login == null ? "" : login.user();
        String password = login == null ? "" : login.password();
        if (state == State.TYPE3) {
            state = State.LAST;
        }
        switch (state) {
            case TYPE2 -> {
                byte[] type3 = type3(user, password);
                state = State.TYPE3;
                auth.done = true;
                return "NTLM " + Base64.getEncoder().encodeToString(type3);
            }
            case LAST -> {
                auth.done = true;
                return null;
            }
            default -> {
                cleanup();
                return "NTLM " + Base64.getEncoder().encodeToString(type1());
            }
        }
    }

    /** Curl_auth_create_ntlm_type1_message(): no domain and no host, curl's five flags. */
    private static byte[] type1() {
        byte[] m = new byte[32];
        System.arraycopy(SIGNATURE, 0, m, 0, 8);
        m[8] = 1;
        putLe32(m, 12, NEGOTIATE_OEM | REQUEST_TARGET | NEGOTIATE_NTLM_KEY | NEGOTIATE_NTLM2_KEY | NEGOTIATE_ALWAYS_SIGN);
        return m;
    }

    /**
     * Curl_auth_create_ntlm_type3_message(): "domain\\user" (or '/') split, this machine's name up
     * to its first dot, the LM and NT responses, then domain, user and host, in UTF-16LE when the
     * type-2 negotiated Unicode.
     */
    private byte[] type3(String userGiven, String passwordGiven) throws TransferFailed {
        byte[] userp = userGiven.getBytes(StandardCharsets.ISO_8859_1);
        byte[] password = passwordGiven.getBytes(StandardCharsets.ISO_8859_1);
        byte[] domain = new byte[0];
        byte[] user = userp;
        int split = indexOf(userp, (byte) '\\');
        if (split < 0) {
            split = indexOf(userp, (byte) '/');
        }
        if (split >= 0) {
            domain = java.util.Arrays.copyOf(userp, split);
            user = java.util.Arrays.copyOfRange(userp, split + 1, userp.length);
        }
        // NTLM_HOSTNAME: vauth/ntlm.c names every machine so, rather than the one it runs on
        byte[] host = "WORKSTATION".getBytes(StandardCharsets.US_ASCII);
        byte[] lm;
        byte[] nt;
        byte[] ntHash = NtlmCrypto.ntHash(password);
        if ((flags & NEGOTIATE_NTLM2_KEY) != 0) {
            byte[] entropy = new byte[8];
            new SecureRandom().nextBytes(entropy);
            byte[] v2 = NtlmCrypto.ntlmv2Hash(user, domain, ntHash);
            lm = new byte[24];
            byte[] both = new byte[16];
            System.arraycopy(nonce, 0, both, 0, 8);
            System.arraycopy(entropy, 0, both, 8, 8);
            System.arraycopy(NtlmCrypto.hmacMd5(v2, both), 0, lm, 0, 16);
            System.arraycopy(entropy, 0, lm, 16, 8);
            nt = ntlmv2Response(v2, entropy);
        } else {
            nt = NtlmCrypto.lmResponse(ntHash, nonce);
            lm = NtlmCrypto.lmResponse(NtlmCrypto.lmHash(password), nonce);
            flags &= ~NEGOTIATE_NTLM2_KEY;
        }
        boolean unicode = (flags & NEGOTIATE_UNICODE) != 0;
        byte[] d = unicode ? NtlmCrypto.unicode(domain, false) : domain;
        byte[] u = unicode ? NtlmCrypto.unicode(user, false) : user;
        byte[] h = unicode ? NtlmCrypto.unicode(host, false) : host;
        int lmOff = 64;
        int ntOff = lmOff + 24;
        int domOff = ntOff + nt.length;
        int userOff = domOff + d.length;
        int hostOff = userOff + u.length;
        if (64 + 24 + nt.length > BUFFER) {
            throw new TransferFailed(CurlCode.OUT_OF_MEMORY, "incoming NTLM message too big");
        }
        if (hostOff + h.length >= BUFFER) {
            throw new TransferFailed(CurlCode.OUT_OF_MEMORY, "user + domain + host name too big");
        }
        byte[] m = new byte[hostOff + h.length];
        System.arraycopy(SIGNATURE, 0, m, 0, 8);
        m[8] = 3;
        securityBuffer(m, 12, 24, lmOff);
        securityBuffer(m, 20, nt.length, ntOff);
        securityBuffer(m, 28, d.length, domOff);
        securityBuffer(m, 36, u.length, userOff);
        securityBuffer(m, 44, h.length, hostOff);
        putLe32(m, 60, flags);
        System.arraycopy(lm, 0, m, lmOff, 24);
        System.arraycopy(nt, 0, m, ntOff, nt.length);
        System.arraycopy(d, 0, m, domOff, d.length);
        System.arraycopy(u, 0, m, userOff, u.length);
        System.arraycopy(h, 0, m, hostOff, h.length);
        cleanup();
        return m;
    }

    /**
     * Curl_ntlm_core_mk_ntlmv2_resp(): HMAC-MD5 of the challenge and the blob (signature, the time
     * in 100 ns since 1601, the client's entropy, the type-2's target info), then the blob.
     */
    private byte[] ntlmv2Response(byte[] v2Hash, byte[] entropy) {
        int blobLength = 44 - 16 + targetInfo.length + 4;
        byte[] out = new byte[16 + blobLength];
        out[16] = 1;
        out[17] = 1;
        long filetime = (System.currentTimeMillis() / 1000 + 11644473600L) * 10_000_000L;
        putLe32(out, 24, (int) filetime);
        putLe32(out, 28, (int) (filetime >>> 32));
        System.arraycopy(entropy, 0, out, 32, 8);
        System.arraycopy(targetInfo, 0, out, 44, targetInfo.length);
        byte[] signed = new byte[8 + blobLength];
        System.arraycopy(nonce, 0, signed, 0, 8);
        System.arraycopy(out, 16, signed, 8, blobLength);
        System.arraycopy(NtlmCrypto.hmacMd5(v2Hash, signed), 0, out, 0, 16);
        return out;
    }

    private void cleanup() {
        targetInfo = new byte[0];
    }

    private static void securityBuffer(byte[] m, int at, int length, int offset) {
        m[at] = (byte) length;
        m[at + 1] = (byte) (length >> 8);
        m[at + 2] = (byte) length;
        m[at + 3] = (byte) (length >> 8);
        m[at + 4] = (byte) offset;
        m[at + 5] = (byte) (offset >> 8);
    }

    private static int indexOf(byte[] b, byte c) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static void putLe32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }
}
