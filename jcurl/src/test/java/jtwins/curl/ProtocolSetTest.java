package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** tool_paramhlp.c proto2num() as --proto and --proto-redir read their lists. */
class ProtocolSetTest {
    private static final ToolMessages QUIET = new ToolMessages(
            new jtwins.common.Diagnostics(ToolMessages.PROGRAM), new CurlConfig());

    @Test
    void modifiersAndAll() {
        assertEquals("file,ftp,http", ProtocolSet.parse(ProtocolSet.BUILT_IN, "=http,ftp,file", QUIET));
        assertEquals("dict,file,gopher,gophers,http,https,imap,ldap,ldaps,mqtt,pop3,rtsp,scp,sftp,smb,smtp,telnet,tftp",
                ProtocolSet.parse(ProtocolSet.BUILT_IN, "+all,-ftp", QUIET));
        assertEquals("ftp", ProtocolSet.parse(ProtocolSet.REDIRECT_DEFAULT, "-all,+ftp", QUIET));
        assertEquals("", ProtocolSet.parse(ProtocolSet.BUILT_IN, "=rtmp", QUIET), "only an unknown one: none");
        assertEquals("dict,file,ftp,gopher,gophers,http,https,imap,ldap,ldaps,mqtt,pop3,rtsp,scp,sftp,smb,smtp,telnet,tftp",
                ProtocolSet.parse(ProtocolSet.BUILT_IN, "ldap", QUIET));
        assertNull(ProtocolSet.parse(ProtocolSet.BUILT_IN, "+-", QUIET), "modifiers alone are bad use");
    }

    @Test
    void defaultsWhenNotGiven() {
        assertTrue(ProtocolSet.allows(null, ProtocolSet.REDIRECT_DEFAULT, "ftp"));
        assertFalse(ProtocolSet.allows(null, ProtocolSet.REDIRECT_DEFAULT, "file"), "a redirect never reaches file:");
        assertFalse(ProtocolSet.allows("http,https", ProtocolSet.BUILT_IN, "ftp"));
    }
}
