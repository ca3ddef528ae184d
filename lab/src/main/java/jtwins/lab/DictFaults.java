package jtwins.lab;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * A DICT server (RFC 2229) on loopback for the dict:// rows: DEFINE of "basic" has one definition,
 * of anything else 552; MATCH names the word as it arrived (escapes and all); a command it does not
 * know is answered with the line it got, so a row sees what the client sent.
 */
final class DictFaults {
    private DictFaults() {
    }

    static TcpFaultServer.Behaviour serving() {
        return c -> {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            LineProtocol.reply(out, "220 lab dict server <auth.mime> <1@lab>");
            String line;
            while ((line = LineProtocol.readLine(in)) != null) {
                String[] words = line.split(" ", 4);
                switch (words[0].toUpperCase(Locale.ROOT)) {
                    case "CLIENT" -> LineProtocol.reply(out, "250 ok");
                    case "DEFINE" -> LineProtocol.reply(out, words.length == 3 && words[2].equals("basic")
                            ? "150 1 definitions retrieved\r\n151 \"basic\" lab \"Lab dictionary\"\r\nbasic\r\n"
                            + "  the first word\r\n.\r\n250 ok" : "552 no match");
                    case "MATCH" -> LineProtocol.reply(out, "152 1 matches found\r\nlab \"" + line.substring(
                            line.indexOf(' ', line.indexOf(' ', 6) + 1) + 1) + "\"\r\n.\r\n250 ok");
                    case "QUIT" -> {
                        LineProtocol.reply(out, "221 bye");
                        c.close();
                        return;
                    }
                    default -> LineProtocol.reply(out, "500 unknown command: " + line);
                }
            }
            c.close();
        };
    }
}
