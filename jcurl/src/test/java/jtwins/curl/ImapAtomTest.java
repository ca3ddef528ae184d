package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** imap_atom() as curl 7.88.1 writes LOGIN's and SELECT's words (compared with its A002 LOGIN lines). */
class ImapAtomTest {
    @Test
    void plainWordsStayAsTheyAre() {
        assertEquals("user", ImapTransfer.atom("user", false));
        assertEquals("INBOX", ImapTransfer.atom("INBOX", false));
    }

    @Test
    void specialsQuoteTheWordAndEscapeBackslashesAndQuotes() {
        assertEquals("\"us er\"", ImapTransfer.atom("us er", false));
        assertEquals("\"sec\\\"ret\"", ImapTransfer.atom("sec\"ret", false));
        assertEquals("\"a\\\\b\"", ImapTransfer.atom("a\\b", false));
        assertEquals("\"my box\"", ImapTransfer.atom("my box", false));
    }

    @Test
    void escapingOnlyInsideListsOwnQuotes() {
        assertEquals("my box", ImapTransfer.atom("my box", true));
        assertEquals("a\\\"b", ImapTransfer.atom("a\"b", true));
    }
}
