package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanner on what no page should hold: documents made of the characters and pieces that steer it
 * (quotes, '<', '>', '=', '&', comment and declaration openers, newlines, NULs, bytes above 127), cut
 * anywhere. It must end every time with links that lie inside the document, never with an exception.
 */
class HtmlTagsRobustnessTest {
    private static final String[] PIECES = {"<", ">", "\"", "'", "=", "&", "&#", "&#x", "&amp;", "&lt", ";", "<!--",
        "-->", "--", "<!", "<!DOCTYPE x>", "\n", " ", "/", "a", "href", "src", "srcset", "<a ", "<img ", "<base ",
        "<style>", "</style>", "<meta ", "http-equiv=refresh ", "content=\"0; URL=", "url(", ")", "@import ", "\0",
        "\u00ff", "x.html", ",", "1x"};

    private static final IriOptions IRI = new IriOptions(true, "UTF-8", null);

    @TempDir
    Path dir;

    @Test
    void noDocumentBreaksTheScanner() throws IOException {
        WgetLog log = QuietLog.open();
        Random r = new Random(25);
        Path f = dir.resolve("p.html");
        for (int i = 0; i < 3000; i++) {
            StringBuilder doc = new StringBuilder();
            int n = r.nextInt(40);
            for (int k = 0; k < n; k++) {
                doc.append(PIECES[r.nextInt(PIECES.length)]);
            }
            byte[] bytes = doc.toString().getBytes(StandardCharsets.ISO_8859_1);
            Files.write(f, bytes);
            HtmlLinks.Found found = HtmlLinks.ofHtmlFile(f.toString(), "http://h/d/p.html", log, IRI, true);
            for (LinkPos link : found.links()) {
                assertTrue(link.pos >= 0 && link.pos + link.size <= bytes.length, "a link outside the document: " + doc);
            }
            HtmlLinks.ofCssFile(f.toString(), "http://h/d/p.css", log, IRI);
        }
    }
}
