package jtwins.lab;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A Gopher server (RFC 1436) on loopback for the gopher:// rows: the empty selector is a menu,
 * "/about" a text, any other selector an error item that quotes it as it arrived.
 */
final class GopherFaults {
    private GopherFaults() {
    }

    static TcpFaultServer.Behaviour serving() {
        return c -> {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            String selector = LineProtocol.readLine(in);
            if (selector != null) {
                LineProtocol.reply(out, selector.isEmpty()
                        ? "iLab gopher\t\terror.host\t1\r\n0About\t/about\tlab\t70\r\n."
                        : selector.equals("/about") ? "A text about the lab."
                        : "3'" + selector + "' does not exist\terror\terror.host\t1\r\n.");
            }
            c.close();
        };
    }
}
