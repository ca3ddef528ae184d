package jtwins.lab;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A POP3 server on loopback for the POP3 rows: CAPA names USER; user:secret logs in with USER and
 * PASS; message 1 has lines that start with a dot (sent stuffed), message 2 does not exist; LIST
 * lists one message.
 */
final class Pop3Faults {
    static final String MESSAGE = "From: lab\r\n\r\n.a line that starts with a dot\r\n..two\r\nend\r\n";

    private Pop3Faults() {
    }

    static TcpFaultServer.Behaviour serving() {
        return c -> {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            LineProtocol.reply(out, "+OK lab POP3 ready");
            String user = null;
            String line;
            while ((line = LineProtocol.readLine(in)) != null) {
                String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
                String arg = line.indexOf(' ') < 0 ? "" : line.substring(line.indexOf(' ') + 1);
                switch (verb) {
                    case "CAPA" -> LineProtocol.reply(out, "+OK capabilities\r\nUSER\r\nTOP\r\n.");
                    case "USER" -> {
                        user = arg;
                        LineProtocol.reply(out, "+OK send PASS");
                    }
                    case "PASS" -> LineProtocol.reply(out, "user".equals(user) && arg.equals("secret") ? "+OK in" : "-ERR no");
                    case "RETR" -> {
                        if (arg.equals("1")) {
                            LineProtocol.reply(out, "+OK " + MESSAGE.length() + " octets\r\n" + MESSAGE.replace("\r\n.", "\r\n..")
                                    .replaceFirst("^\\.", "..") + ".");
                        } else {
                            LineProtocol.reply(out, "-ERR no such message");
                        }
                    }
                    case "LIST" -> LineProtocol.reply(out, "+OK 1 message\r\n1 " + MESSAGE.length() + "\r\n.");
                    case "QUIT" -> {
                        LineProtocol.reply(out, "+OK bye");
                        c.close();
                        return;
                    }
                    default -> LineProtocol.reply(out, "-ERR not here");
                }
            }
            c.close();
        };
    }
}
