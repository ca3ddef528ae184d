package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/** Certificate names, times and suites as curl's -v shows them through OpenSSL (figures from openssl(1) here). */
class OpenSslTextTest {
    @Test
    void nameInTheCertificatesOwnOrderWithShortNames() {
        // the subject curl 7.88.1 showed for its own test server: "C=NN; O=...; CN=localhost"
        assertEquals("C=NN; O=Edel Curl Arctic Illudium Research Cloud; CN=localhost",
                OpenSslText.name(new X500Principal("CN=localhost, O=Edel Curl Arctic Illudium Research Cloud, C=NN")));
    }

    @Test
    void valuesUnescapedAndPartsOfOneEntryJoinedWithPlus() {
        assertEquals("C=NN; emailAddress=a@b.test; CN=a,b + serialNumber=12",
                OpenSslText.name(new X500Principal("CN=a\\,b+SERIALNUMBER=12, EMAILADDRESS=a@b.test, C=NN")));
    }

    @Test
    void timeAsAsn1TimePrintWritesIt() {
        assertEquals("Jan  5 03:04:05 2031 GMT", OpenSslText.time(Date.from(Instant.parse("2031-01-05T03:04:05Z"))));
        assertEquals("Dec 23 12:21:36 2022 GMT", OpenSslText.time(Date.from(Instant.parse("2022-12-23T12:21:36Z"))));
    }

    @Test
    void tls12SuitesByOpenSslsNamesAndTls13AsTheyAre() {
        assertEquals("ECDHE-RSA-AES128-GCM-SHA256", OpenSslText.suite("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        assertEquals("DHE-RSA-AES256-GCM-SHA384", OpenSslText.suite("TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"));
        assertEquals("ECDHE-ECDSA-CHACHA20-POLY1305", OpenSslText.suite("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"));
        assertEquals("ECDHE-RSA-AES128-SHA256", OpenSslText.suite("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"));
        assertEquals("ECDHE-ECDSA-AES256-SHA", OpenSslText.suite("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"));
        assertEquals("AES256-SHA", OpenSslText.suite("TLS_RSA_WITH_AES_256_CBC_SHA"));
        assertEquals("AES128-SHA256", OpenSslText.suite("TLS_RSA_WITH_AES_128_CBC_SHA256"));
        assertEquals("TLS_AES_256_GCM_SHA384", OpenSslText.suite("TLS_AES_256_GCM_SHA384"));
    }
}
