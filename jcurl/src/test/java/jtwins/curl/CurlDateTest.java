package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** parsedate.c's readings, each the If-Modified-Since curl 7.88.1 sent for that -z argument. */
class CurlDateTest {
    private static String header(String date) {
        return CurlDate.httpDate(CurlDate.parse(date));
    }

    @Test
    void theFormsCurlReads() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", header("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals("Sun, 12 Dec 1999 11:00:00 GMT", header("12 dec 1999 12:00:00 +0100"));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", header("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals("Fri, 24 Oct 2003 00:00:00 GMT", header("20031024"));
        assertEquals("Fri, 13 Feb 2037 11:56:27 GMT", header("Fri Feb 13 11:56:27 GMT 2037"));
        assertEquals("Thu, 02 Jan 2020 07:59:00 GMT", header("1 jan 2020 23:59 PST"));
        assertEquals("Sun, 06 Nov 1994 07:49:00 GMT", header("06 Nov 1994 08:49 BST"));
    }

    @Test
    void whatItCannotRead() {
        assertEquals(CurlDate.FAIL, CurlDate.parse("not a date at all"));
        assertEquals(CurlDate.FAIL, CurlDate.parse("32 dec 1999"));
        assertEquals(CurlDate.FAIL, CurlDate.parse("12 dec"));
        assertEquals(CurlDate.FAIL, CurlDate.parse("12 dec 1500"));
        assertEquals(784111777L, CurlDate.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
    }
}
