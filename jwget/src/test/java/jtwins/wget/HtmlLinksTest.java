package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The links wget 1.21.3 reads out of a page (html-parse.c and html-url.c), on documents made to probe its rules. */
class HtmlLinksTest {
    @TempDir
    Path dir;

    private static final IriOptions UTF8 = new IriOptions(true, "UTF-8", null);
    private final WgetLog log = QuietLog.open();

    private HtmlLinks.Found links(String html) throws IOException {
        Path f = dir.resolve("page.html");
        Files.writeString(f, html, StandardCharsets.ISO_8859_1);
        return HtmlLinks.ofHtmlFile(f.toString(), "http://h/d/page.html", log, UTF8, true);
    }

    private static List<String> urls(HtmlLinks.Found found) {
        return found.links().stream().map(l -> l.url.url()).collect(Collectors.toList());
    }

    @Test
    void linksComeInDocumentOrderMergedWithThePage() throws IOException {
        HtmlLinks.Found f = links("<img src=b.png><a href=\"../up.html\">x</a><a HREF='/abs#frag'>y</a>"
                + "<area href=\"http://other/z\">");
        assertEquals(List.of("http://h/d/b.png", "http://h/up.html", "http://h/abs", "http://other/z"), urls(f));
        assertTrue(f.links().get(0).inline, "img is inline");
        assertTrue(f.links().get(1).expectHtml && f.links().get(1).relative, "a relative a href leads to HTML");
        assertFalse(f.links().get(2).relative, "a path from the root is not relative");
        assertTrue(f.links().get(3).complete, "a link with a scheme is complete");
    }

    @Test
    void commentsAndUnclosedQuotesHideTags() throws IOException {
        HtmlLinks.Found f = links("<!-- <a href=c1> -- --> <a href=\"broken\nmore>x</a> <a href=ok>");
        assertEquals(List.of("http://h/d/ok"), urls(f));
    }

    @Test
    void entitiesAreDecodedAndBlanksTrimmed() throws IOException {
        assertEquals(List.of("http://h/d/q?a=1&b=2"), urls(links("<a href=\"  q?a=1&amp;b=2\n \">")));
        assertEquals(List.of("http://h/d/a&ltb"), urls(links("<a href=\"a&ltb\">")), "&lt followed by a letter is text");
    }

    @Test
    void baseChangesWhereLaterLinksGoAndIsNeverFetched() throws IOException {
        HtmlLinks.Found f = links("<a href=one><base href=\"/x/\"><a href=two>");
        assertEquals(List.of("http://h/d/one", "http://h/x/", "http://h/x/two"), urls(f));
        assertTrue(f.links().get(1).base && f.links().get(1).ignoreWhenDownloading);
    }

    @Test
    void srcsetStyleCssLinkRelAndRefresh() throws IOException {
        HtmlLinks.Found f = links("<img srcset=\"s1.png 1x, s2.png 2x\"><p style=\"background:url('bg.png')\">"
                + "<link rel=stylesheet href=st.css><link rel=alternate type=application/rss+xml href=feed>"
                + "<meta http-equiv=Refresh content=\"3; URL=next.html\"><style>@import \"imp.css\";</style>");
        assertEquals(List.of("http://h/d/s1.png", "http://h/d/s2.png", "http://h/d/bg.png", "http://h/d/st.css",
                "http://h/d/feed", "http://h/d/next.html", "http://h/d/imp.css"), urls(f));
        assertTrue(f.links().get(0).noquoteHtml);
        assertTrue(f.links().get(2).css && f.links().get(2).inline);
        assertTrue(f.links().get(3).expectCss);
        assertFalse(f.links().get(4).expectHtml, "a feed's type says it is not HTML");
        assertTrue(f.links().get(5).refresh);
        assertEquals(3, f.links().get(5).refreshTimeout);
        assertTrue(f.links().get(6).expectCss, "@import leads to CSS");
    }

    @Test
    void robotsNofollowAndFormsAndOtherSchemes() throws IOException {
        HtmlLinks.Found f = links("<meta name=robots content=\"index, NOFOLLOW\"><form action=/post>"
                + "<a href=\"mailto:a@b\"><a href=\"ftp://f/x\">");
        assertTrue(f.nofollow());
        assertEquals(List.of("http://h/post", "ftp://f/x"), urls(f), "mailto: does not parse; ftp does (recursion leaves it)");
        assertTrue(f.links().get(0).ignoreWhenDownloading);
    }

    @Test
    void cssFilesGiveTheirUrlsAndImports() throws IOException {
        Path f = dir.resolve("s.css");
        Files.writeString(f, "@import url(a.css); /* url(no.png) */ b { background: url( \"i.png\" ) } @import 'c.css';");
        HtmlLinks.Found found = HtmlLinks.ofCssFile(f.toString(), "http://h/s/s.css", log, UTF8);
        assertEquals(List.of("http://h/s/a.css", "http://h/s/i.png", "http://h/s/c.css"), urls(found));
        assertTrue(found.links().get(0).expectCss && !found.links().get(1).expectCss);
    }

    @Test
    void whatWgetsCssScannerDoesNotTakeForAUri() throws IOException {
        // found by HtmlFuzzTest: a url( that is no URI token is a bad one, swallowing what follows it
        assertEquals(List.of(), urls(links("<p style=\"background:url(st.pbackground:url(st.png)\">")));
        assertEquals(List.of(), urls(links("<style>p { x: url(\"\"bg.png\") } @import 'imp.css';</style>")),
                "an unterminated string runs to the end of its line");
        assertEquals(List.of(), urls(links("<p style=\"x:xurl(a.png)\">")), "xurl( is a function, not url(");
        assertEquals(List.of("http://h/d/b.png"), urls(links("<style>\np { x: \"open\n y: url(b.png) }</style>")));
    }

    @Test
    void aValueEndsAtItsFirstNul() throws IOException {
        assertEquals(List.of("http://h/d/a1.htm"), urls(links("<a href=\"a1.htm\u0000l\">")));
    }

    @Test
    void linksAreKeptAsWrittenUnlessTheirBytesNeedEncoding() throws IOException {
        assertEquals(List.of("http://h/d/a b/", "http://h/d/fran%E7ais.html", "http://h/d/%C3%A9.html"),
                urls(links("<a href=\"a b/\"><a href=\"fran\u00e7ais.html\"><a href=\"\u00c3\u00a9.html\">")),
                "a page's bytes are taken as they are, whatever its charset");
    }

    @Test
    void aPagesCharsetConvertsItsLinksToUtf8WhenTheyAreFetched() throws WgetUrl.Invalid {
        UriEncoding latin = UriEncoding.set(log, UTF8, "ISO-8859-15", false);
        assertEquals("http://h/p1_fran%C3%A7ais.html", latin.parse(log, "http://h/p1_fran%E7ais.html", true).url());
        assertEquals("http://h/euro%E2%82%AC", UriEncoding.set(log, UTF8, "ISO-8859-15", false)
                .parse(log, "http://h/euro%A4", true).url());
        assertEquals("http://h/p%E7", UriEncoding.set(log, new IriOptions(false, "UTF-8", null), "ISO-8859-15", false)
                .parse(log, "http://h/p%E7", true).url(), "--no-iri converts nothing");
        assertEquals("http://h/x%2C(y)", UriEncoding.set(log, UTF8, "ISO-8859-1", false)
                .parse(log, "http://h/x%2C%28y%29", true).url(), "reserved escapes stay, others are decoded");
    }

    @Test
    void aHostWithEscapesGoesThroughIdna() throws WgetUrl.Invalid {
        assertEquals("xn--bcher-kva.lab", UriEncoding.set(log, UTF8, "UTF-8", true)
                .parse(log, "http://b\u00c3\u00bccher.lab/", true).host());
        assertEquals("xn--bcher-kva.lab", UriEncoding.set(log, UTF8, "ISO-8859-1", true)
                .parse(log, "http://b\u00fccher.lab/", true).host());
    }
}
