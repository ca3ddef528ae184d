package jtwins.lab;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * An IMAP server on loopback for the IMAP rows: CAPABILITY without AUTH=, LOGIN for user:secret,
 * the mailbox INBOX (UIDVALIDITY 7) with message 1 (FETCH gives it as a literal), LIST of INBOX.
 */
final class ImapFaults {
    static final String MESSAGE = "From: lab\r\n\r\nan IMAP message\r\n";

    private ImapFaults() {
    }

    static TcpFaultServer.Behaviour serving() {
        return c -> {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            LineProtocol.reply(out, "* OK lab IMAP ready");
            String line;
            while ((line = LineProtocol.readLine(in)) != null) {
                String[] words = line.split(" ", 3);
                String tag = words[0];
                String verb = words.length > 1 ? words[1].toUpperCase(java.util.Locale.ROOT) : "";
                String arg = words.length > 2 ? words[2] : "";
                switch (verb) {
                    case "CAPABILITY" -> LineProtocol.reply(out, "* CAPABILITY IMAP4rev1\r\n" + tag + " OK done");
                    case "LOGIN" -> LineProtocol.reply(out, tag + (arg.equals("user secret") ? " OK logged in" : " NO wrong"));
                    case "SELECT", "EXAMINE" -> LineProtocol.reply(out, arg.equals("INBOX")
                            ? "* 1 EXISTS\r\n* OK [UIDVALIDITY 7] UIDs valid\r\n" + tag + " OK [READ-WRITE] done"
                            : tag + " NO no such mailbox");
                    case "FETCH", "UID" -> LineProtocol.reply(out, arg.startsWith("1 ") || arg.startsWith("FETCH 1 ")
                            ? "* 1 FETCH (BODY[] {" + MESSAGE.length() + "}\r\n" + MESSAGE + ")\r\n" + tag + " OK done"
                            : tag + " NO no such message");
                    case "LIST" -> LineProtocol.reply(out, "* LIST () \"/\" INBOX\r\n" + tag + " OK done");
                    case "LOGOUT" -> {
                        LineProtocol.reply(out, "* BYE\r\n" + tag + " OK bye");
                        c.close();
                        return;
                    }
                    default -> LineProtocol.reply(out, tag + " BAD not here");
                }
            }
            c.close();
        };
    }
}
