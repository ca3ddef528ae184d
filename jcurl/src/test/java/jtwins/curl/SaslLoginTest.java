package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which SASL mechanism jcurl picks among those a server offers, in Curl_sasl_start()'s order. */
class SaslLoginTest {
    @Test
    void craMd5ThenPlainThenLogin() {
        assertEquals(SaslLogin.Mechanism.CRAM_MD5, SaslLogin.pick(List.of("LOGIN", "PLAIN", "CRAM-MD5")));
        assertEquals(SaslLogin.Mechanism.PLAIN, SaslLogin.pick(List.of("login", "plain")));
        assertEquals(SaslLogin.Mechanism.LOGIN, SaslLogin.pick(List.of("LOGIN", "XOAUTH2")));
        assertNull(SaslLogin.pick(List.of("XOAUTH2")));
    }
}
