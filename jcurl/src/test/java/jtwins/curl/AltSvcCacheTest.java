package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jtwins.common.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lib/altsvc.c's cache file, its Alt-Svc parsing and the h1 lookup a libcurl without HTTP/2 makes. */
class AltSvcCacheTest {
    private static final DebugTrace QUIET = new DebugTrace(new Diagnostics(ToolMessages.PROGRAM), new CurlConfig(), false);

    @Test
    void fileLinesAndLookup(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("altsvc");
        Files.writeString(f, "# comment\nh1 example.lab.test 443 h1 other.lab.test 8443 \"20991231 10:00:00\" 0 0\n"
                + "h2 example.lab.test 443 h2 h2only.lab.test 9443 \"20991231 10:00:00\" 0 0\n"
                + "h1 old.lab.test 443 h1 gone.lab.test 443 \"20000101 00:00:00\" 0 0\n"
                + "h1 short.lab.test 443 h1 x 1\n");
        AltSvcCache c = new AltSvcCache(f.toString());
        assertArrayEquals(new String[] {"other.lab.test", "8443"}, c.lookup("EXAMPLE.lab.test.", 443));
        assertNull(c.lookup("example.lab.test", 8443), "another port is another origin");
        assertNull(c.lookup("old.lab.test", 443), "expired");
        assertNull(c.lookup("short.lab.test", 443), "a line without all nine fields");
    }

    @Test
    void headersReplaceTheOriginsAlternativesAndAreSaved(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("altsvc");
        AltSvcCache c = new AltSvcCache(f.toString());
        c.parse("h2=\"alt.lab.test:8443\"; ma=3600, h1=\":9443\"; persist=1", "origin.lab.test", 443, QUIET);
        assertArrayEquals(new String[] {"origin.lab.test", "9443"}, c.lookup("origin.lab.test", 443),
                "h1 taken, the h2 alternative kept but not used");
        c.parse("clear", "origin.lab.test", 443, QUIET);
        assertNull(c.lookup("origin.lab.test", 443));
        c.parse("h1=\"new.lab.test:1443\"", "origin.lab.test", 443, QUIET);
        c.save();
        List<String> lines = Files.readAllLines(f);
        assertEquals("# Your alt-svc cache. https://curl.se/docs/alt-svc.html", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).matches("h1 origin\\.lab\\.test 443 h1 new\\.lab\\.test 1443 \"\\d{8} \\d\\d:\\d\\d:\\d\\d\" 0 0"),
                lines.get(2));
    }
}
