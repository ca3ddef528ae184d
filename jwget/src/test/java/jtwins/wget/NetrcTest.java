package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** netrc.c's reading of ~/.netrc and search_netrc()'s choices, as wget 1.21.3 makes them (measured). */
class NetrcTest {
    @TempDir
    Path dir;

    private Netrc netrc(String text, ByteArrayOutputStream errors) throws IOException {
        Path file = dir.resolve(".netrc");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return Netrc.read("wget", file, new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @Test
    void firstMachineOfTheNameGivesWhatIsMissing() throws IOException {
        Netrc n = netrc("machine h login a password b\nmachine h login c password d\n", new ByteArrayOutputStream());
        assertArrayEquals(new String[] {"a", "b"}, n.complete("H", null, null));
        assertArrayEquals(new String[] {"a", "b"}, n.complete("h", null, "x"), "the entry's password wins over a given one");
        assertArrayEquals(new String[] {"c", null}, n.complete("h", "c", null), "only the first entry is looked at");
        assertArrayEquals(new String[] {null, null}, n.complete("other", null, null));
    }

    @Test
    void defaultIsNotForHttpAndEntriesWithoutLoginAreDropped() throws IOException {
        Netrc n = netrc("machine h password nologin\ndefault login d password e\n", new ByteArrayOutputStream());
        assertArrayEquals(new String[] {null, null}, n.complete("h", null, null));
        assertArrayEquals(new String[] {null, null}, n.complete("x", null, null));
    }

    @Test
    void quotedWordsEscapesMacdefsAndWarnings() throws IOException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Path file = dir.resolve(".netrc");
        Netrc n = netrc("login early\nmachine h login \"u v\" password p\\\"q bogus\nmacdef m\n machine z login y\n\n",
                errors);
        assertArrayEquals(new String[] {"u v", "p\"q"}, n.complete("h", null, null));
        assertArrayEquals(new String[] {null, null}, n.complete("z", null, null), "a macdef's lines are not read");
        assertEquals("wget: " + file + ":1: warning: " + Quote.of("login") + " token appears before any machine name\n"
                + "wget: " + file + ":2: unknown token \"bogus\"\n", errors.toString(StandardCharsets.UTF_8));
    }
}
