package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** init.c's setters: what wget 1.21.3 accepts and refuses, and in which words (measured with wget). */
class WgetCommandsTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final WgetCommands commands = new WgetCommands("wget", new PrintStream(err, true, StandardCharsets.UTF_8));
    private final WgetSettings s = new WgetSettings();

    private String message() {
        return err.toString(StandardCharsets.UTF_8).replace('\u2018', '\'').replace('\u2019', '\'');
    }

    @Test
    void numbersReadLeadingDigitsOnlyAsWget1213Does() {
        assertTrue(commands.set(s, "tries", "--tries", "x"));
        assertEquals(0, s.number("tries"), "'x' reads as 0: infinite tries");
        assertTrue(commands.set(s, "tries", "--tries", "3x"));
        assertEquals(3, s.number("tries"));
        assertTrue(commands.set(s, "tries", "--tries", "inf"));
        assertEquals(0, s.number("tries"));
        assertFalse(commands.set(s, "tries", "--tries", "-1"));
        assertTrue(message().endsWith("wget: --tries: Invalid number '-1'.\n"), message());
    }

    @Test
    void timesTakeSuffixesAndRefuseJunk() {
        assertTrue(commands.set(s, "timeout", "--timeout", "1.5m"));
        assertEquals(90.0, s.real("readtimeout"));
        assertEquals(90.0, s.real("connecttimeout"));
        assertEquals(90.0, s.real("dnstimeout"));
        assertFalse(commands.set(s, "waitretry", "--waitretry", "3x"));
        assertFalse(commands.set(s, "readtimeout", "--read-timeout", "-1"));
        assertEquals("wget: --waitretry: Invalid time period '3x'\nwget: --read-timeout: Negative time period '-1'\n",
                message());
    }

    @Test
    void booleansHeadersAndProgress() {
        assertTrue(commands.set(s, "quiet", "--quiet", "YES"));
        assertTrue(s.bool("quiet"));
        assertFalse(commands.set(s, "quiet", "--quiet", ""));
        assertFalse(commands.set(s, "header", "--header", "bad"));
        assertFalse(commands.set(s, "progress", "--progress", "foo"));
        assertTrue(commands.set(s, "progress", "--progress", "dot:mega"));
        assertEquals("wget: --quiet: Invalid boolean ''; use `on' or `off'.\n"
                + "wget: --header: Invalid header 'bad'.\n"
                + "wget: --progress: Invalid progress type 'foo'.\n", message());
    }

    @Test
    void commandNamesIgnoreDashesUnderscoresAndCase() {
        assertEquals("readtimeout", WgetCommands.canonical("read_timeout"));
        assertEquals("readtimeout", WgetCommands.canonical("Read-Timeout"));
        assertNull(WgetCommands.canonical("foo"));
    }
}
