package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** lib/vauth/digest.c's reading of a challenge and its answer (the expected hashes computed by hand). */
class DigestChallengeTest {
    @Test
    void answersWithoutQopInCurlsOrder() {
        DigestChallenge d = new DigestChallenge();
        assertTrue(d.decode("Digest realm=\"kitchen\", nonce=\"n0nce\", opaque=\"o\\\"p\""));
        assertEquals("username=\"ann\", realm=\"kitchen\", nonce=\"n0nce\", uri=\"/pantry?jar=1\", "
                        + "response=\"bad6bebda48333898eda6a447d1600e6\", opaque=\"o\\\"p\"",
                d.answer("ann", "s3cret", "GET", "/pantry?jar=1"));
    }

    @Test
    void sha512256HashesWithSha256AndUserhashHidesTheName() {
        DigestChallenge d = new DigestChallenge();
        assertTrue(d.decode("Digest realm=\"kitchen\",nonce=\"n0nce\",algorithm=SHA-512-256,userhash=true"));
        assertEquals("username=\"dabd9a8ee78e69affbe063ca18517deb1aeb1ce9905dc8a4d9ef71424a6e0756\", "
                        + "realm=\"kitchen\", nonce=\"n0nce\", uri=\"/pantry?jar=1\", "
                        + "response=\"d0993fb306369c8b1d47cd3945009347898324d9d933ed6a45bb31ada9dd7a43\", "
                        + "algorithm=SHA-512-256, userhash=true",
                d.answer("ann", "s3cret", "GET", "/pantry?jar=1"));
    }

    @Test
    void qopCountsRequestsAndPrefersAuth() {
        DigestChallenge d = new DigestChallenge();
        assertTrue(d.decode("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int, auth\""));
        String first = d.answer("u", "p", "GET", "/");
        String second = d.answer("u", "p", "GET", "/");
        assertTrue(first.contains(", nc=00000001, qop=auth, response=\""), first);
        assertTrue(second.contains(", nc=00000002, qop=auth, "), second);
    }

    @Test
    void refusals() {
        assertFalse(new DigestChallenge().decode("Digest realm=\"r\""), "no nonce");
        assertFalse(new DigestChallenge().decode("Digest nonce=\"n\", algorithm=MD4"), "unknown algorithm");
        assertFalse(new DigestChallenge().decode("Digest nonce=\"n\", algorithm=MD5-sess"), "-sess without qop");
        assertTrue(new DigestChallenge().decode("Digest nonce=\"n"), "a quote the value's end closes");
        assertFalse(new DigestChallenge().decode("Digest nonce=\"n\\"), "a backslash with nothing after it");
        DigestChallenge again = new DigestChallenge();
        assertTrue(again.decode("Digest nonce=\"1\""));
        assertFalse(again.decode("Digest nonce=\"2\""), "a new nonce without stale: the password was wrong");
        assertTrue(again.decode("Digest nonce=\"3\", stale=true"), "stale: a new nonce is fine");
    }
}
