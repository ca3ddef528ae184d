package jtwins.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An SMTP server on loopback for the SMTP rows: EHLO names SIZE and AUTH PLAIN LOGIN; user:secret
 * logs in; a recipient named nobody is refused (550); a message is taken up to CRLF.CRLF and its
 * byte count said back in the 250, so what the client sent, its dots doubled, is seen; VRFY and HELP
 * answer with lines of their own.
 */
final class SmtpFaults {
    private static final String PLAIN_OK = Base64.getEncoder().encodeToString(
            "\0user\0secret".getBytes(StandardCharsets.ISO_8859_1));

    private SmtpFaults() {
    }

    static TcpFaultServer.Behaviour serving() {
        return c -> {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            LineProtocol.reply(out, "220 lab ESMTP ready");
            String line;
            while ((line = LineProtocol.readLine(in)) != null) {
                String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
                String arg = line.indexOf(' ') < 0 ? "" : line.substring(line.indexOf(' ') + 1);
                switch (verb) {
                    case "EHLO" -> LineProtocol.reply(out, "250-lab greets " + arg + "\r\n250-SIZE 1000000\r\n250 AUTH PLAIN LOGIN");
                    case "HELO" -> LineProtocol.reply(out, "250 lab");
                    case "AUTH" -> {
                        LineProtocol.reply(out, "334 ");
                        String answer = LineProtocol.readLine(in);
                        if (arg.equalsIgnoreCase("LOGIN")) {
                            LineProtocol.reply(out, "334 UGFzc3dvcmQ6");
                            String password = LineProtocol.readLine(in);
                            boolean ok = "dXNlcg==".equals(answer) && "c2VjcmV0".equals(password);
                            LineProtocol.reply(out, ok ? "235 welcome" : "535 no");
                        } else {
                            LineProtocol.reply(out, PLAIN_OK.equals(answer) ? "235 welcome" : "535 authentication failed");
                        }
                    }
                    case "MAIL" -> LineProtocol.reply(out, "250 sender ok");
                    case "RCPT" -> LineProtocol.reply(out, arg.contains("nobody") ? "550 no such user" : "250 recipient ok");
                    case "DATA" -> {
                        LineProtocol.reply(out, "354 go ahead");
                        LineProtocol.reply(out, "250 queued " + readMessage(in) + " bytes");
                    }
                    case "VRFY" -> LineProtocol.reply(out, "252-cannot verify " + arg + "\r\n252 but will try");
                    case "HELP" -> LineProtocol.reply(out, "214-commands: EHLO MAIL RCPT DATA\r\n214 end of help");
                    case "QUIT" -> {
                        LineProtocol.reply(out, "221 bye");
                        c.close();
                        return;
                    }
                    default -> LineProtocol.reply(out, "502 not here");
                }
            }
            c.close();
        };
    }

    /** The message up to its CRLF.CRLF, which is not counted. */
    private static int readMessage(InputStream in) throws IOException {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            m.write(b);
            byte[] a = m.toByteArray();
            int n = a.length;
            if (n >= 3 && a[n - 3] == '.' && a[n - 2] == '\r' && a[n - 1] == '\n'
                    && (n == 3 || (n >= 5 && a[n - 5] == '\r' && a[n - 4] == '\n'))) {
                return Math.max(0, n - 5);
            }
        }
        return m.size();
    }
}
