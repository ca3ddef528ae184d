package jtwins.common.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The four --help layouts the man pages are described from, as each original prints them. */
class HelpDescriptionsTest {
    @Test
    void wgetsTwoColumnsWithWrappedLines() {
        HelpDescriptions h = new HelpDescriptions(String.join("\n",
                "Download:",
                "  -t,  --tries=NUMBER              set number of retries to NUMBER (0 unlimits)",
                "  -nc, --no-clobber                skip downloads that would download to",
                "                                     existing files (overwriting them)",
                "       --no-netrc                  don't try to obtain credentials from .netrc",
                "  -V,  --version                   display the version of Wget and exit", ""));
        assertEquals("set number of retries to NUMBER (0 unlimits)", h.text("--tries"));
        assertEquals(h.text("--tries"), h.text("-t"));
        assertEquals("NUMBER", h.label("--tries"));
        assertEquals("skip downloads that would download to existing files (overwriting them)", h.text("-nc"));
        assertEquals("display the version of Wget and exit", h.text("--version"));
        assertNull(h.label("--version"));
        assertEquals("", h.text("--no-such"));
    }

    @Test
    void curlsAngleLabelsWithSpaces() {
        HelpDescriptions h = new HelpDescriptions(String.join("\n",
                "     --alt-svc <file name> Enable alt-svc with this cache file",
                " -b, --cookie <data|filename> Send cookies from string/file",
                " -:, --next           Make next URL use its separate set of options", ""));
        assertEquals("Enable alt-svc with this cache file", h.text("--alt-svc"));
        assertEquals("<file name>", h.label("--alt-svc"));
        assertEquals("Send cookies from string/file", h.text("-b"));
        assertEquals("<data|filename>", h.label("-b"));
        assertEquals("Make next URL use its separate set of options", h.text("-:"));
    }

    @Test
    void mariadbsOptionalValuesAndDescriptionsOnTheNextLine() {
        HelpDescriptions h = new HelpDescriptions(String.join("\n",
                "  -c, --count=#       Number of iterations to make. This works with -i",
                "                      (--sleep) only.",
                "  -p, --password[=name] ",
                "                      Password to use when connecting to server.",
                "  --connect-timeout=# ",
                "  --shutdown-timeout=# ", ""));
        assertEquals("Number of iterations to make. This works with -i (--sleep) only.", h.text("--count"));
        assertEquals("#", h.label("-c"));
        assertEquals("Password to use when connecting to server.", h.text("--password"));
        assertEquals("name", h.label("--password"));
        assertEquals("", h.text("--connect-timeout"));
    }

    @Test
    void rsyncsLongNameFirst() {
        HelpDescriptions h = new HelpDescriptions(String.join("\n",
                "--verbose, -v            increase verbosity",
                "--contimeout=SECONDS     set daemon connection timeout in seconds", ""));
        assertEquals("increase verbosity", h.text("-v"));
        assertEquals("increase verbosity", h.text("--verbose"));
        assertEquals("SECONDS", h.label("--contimeout"));
    }
}
