package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** url.c's parsing as the recursion meets it: path_simplify() on every path, rewrite_shorthand_url(). */
class WgetUrlTest {
    @Test
    void everyPathIsSimplified() throws WgetUrl.Invalid {
        assertEquals("http://h/", WgetUrl.parse("http://h/b/..").url());
        assertEquals("http://h/x", WgetUrl.parse("http://h/../../x").url(), "never above the root");
        assertEquals("http://h/a/c", WgetUrl.parse("http://h/a/./b/../c").url());
        assertEquals("http://h/a/", WgetUrl.parse("http://h/a/b/..").url());
        assertEquals("http://h/.x/..y", WgetUrl.parse("http://h/.x/..y").url());
        assertEquals("../x", WgetUrl.pathSimplify("../x", true), "FTP keeps a leading ..");
    }

    @Test
    void shorthands() {
        assertEquals("http://h/p", WgetUrl.rewriteShorthand("h/p"));
        assertEquals("http://h:80/p", WgetUrl.rewriteShorthand("h:80/p"));
        assertEquals("ftp://h/p", WgetUrl.rewriteShorthand("h:p"));
        assertEquals("/foo/bar", WgetUrl.rewriteShorthand("/foo/bar"));
        assertEquals("gopher://h/", WgetUrl.rewriteShorthand("gopher://h/"));
        assertEquals("http://h/a?u=http://x", WgetUrl.rewriteShorthand("h/a?u=http://x"));
    }
}
