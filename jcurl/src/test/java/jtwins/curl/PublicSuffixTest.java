package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * psl_is_cookie_domain_acceptable() as curl's test 1136 and libpsl's rules have it: the star rule,
 * wildcards and their exceptions, the list's private part, and the host that is itself a suffix.
 */
class PublicSuffixTest {
    @ParameterizedTest(name = "{0} sets for {1}: {2}")
    @CsvSource({
        "www.example.ck, example.ck, false",
        "www.example.ck, www.example.ck, true",
        "www.ck, www.ck, true",
        "www.ck, ck, false",
        "z-1.compute-1.amazonaws.com, z-1.compute-1.amazonaws.com, true",
        "www.z-1.compute-1.amazonaws.com, z-1.compute-1.amazonaws.com, false",
        "a.example.co.uk, co.uk, false",
        "a.example.co.uk, .example.co.uk, true",
        "pages.github.io, github.io, false",
        "a.lab.test, lab.test, true",
        "a.lab.test, test, false",
        "test, .test, true",
        "notexample.co.uk, example.co.uk, false",
        "127.0.0.1, 0.0.1, false",
        "firsthost.me., .me., false",
        "a.example.co.uk., example.co.uk., true",
        "WWW.EXAMPLE.CO.UK, example.co.uk, true",
        "WWW.EXAMPLE.CO.UK, Www.Example.Co.Uk, true",
        "WWW.EXAMPLE.CO.UK, CO.UK, false",
    })
    void decidesAsLibpsl(String host, String domain, boolean acceptable) {
        assertEquals(acceptable, PublicSuffix.acceptable(host, domain));
    }
}
