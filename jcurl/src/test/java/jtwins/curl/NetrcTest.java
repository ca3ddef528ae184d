package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lib/netrc.c's reading, as curl's tests 679-685 showed it. */
class NetrcTest {
    @Test
    void machinesLoginsAndQuotes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("netrc");
        Files.writeString(f, "machine other login x password y\n"
                + "machine host.test login user1 password \"with \\\"quote\\\" and\\tspace\"\n"
                + "machine host.test login user2 password second\n"
                + "default login anon password guest\n");
        Netrc.Entry first = Netrc.lookup(f, "host.test", null, null);
        assertEquals("user1", first.login());
        assertEquals("with \"quote\" and\tspace", first.password());
        Netrc.Entry second = Netrc.lookup(f, "host.test", "user2", null);
        assertEquals("second", second.password(), "the URL's user picks its own entry");
        assertEquals("anon", Netrc.lookup(f, "unknown.test", null, null).login(), "default answers any other host");
    }

    @Test
    void aMissingFileOrEntryAndABrokenQuote(@TempDir Path dir) throws Exception {
        assertNull(Netrc.lookup(dir.resolve("none"), "h", null, null));
        Path f = dir.resolve("netrc");
        Files.writeString(f, "machine a login b password c\n");
        assertFalse(Netrc.lookup(f, "elsewhere", null, null).found());
        Files.writeString(f, "machine h login u password \"no end\n");
        assertThrows(Netrc.SyntaxError.class, () -> Netrc.lookup(f, "h", null, null));
    }
}
