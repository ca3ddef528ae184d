package jtwins.lab;

import static jtwins.lab.LineProtocol.reply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * FTP servers on loopback for the FTP rows: one that serves "/pub/file.txt" (and a listing of "/pub/")
 * in passive mode, EPSV or PASV, and one that greets and then answers nothing, for the reply timer.
 */
final class FtpFaults {
    static final String FILE = "twelve bytes\n";

    /**
     * curl 7.88 that finds the 229/227 already there in the pass that sent EPSV/PASV on a reused
     * connection then polls its wake-up pipe alone for its multi loop's full second (strace: 1 run in
     * 3 on loopback): a race of curl's own, so the answer waits until curl is polling for it.
     */
    private static final long PASSIVE_REPLY_PAUSE_MILLIS = 20;

    private FtpFaults() {
    }

    /** A control connection that speaks FTP until QUIT; a data connection per EPSV or PASV. */
    static TcpFaultServer.Behaviour serving(boolean refuseEpsv) {
        return serving(refuseEpsv, InetAddress.getLoopbackAddress());
    }

    /**
     * As serving(), each passive listener on the address given: on 127.0.0.2 (still loopback) a
     * client that connects to the control connection's own address for its data finds nothing
     * there, and only a proxy that joins the data tunnel to 127.0.0.2 reaches it.
     */
    static TcpFaultServer.Behaviour serving(boolean refuseEpsv, InetAddress passiveAddress) {
        return c -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = c.getOutputStream();
            reply(out, "220-lab FTP\r\n220 ready");
            ServerSocket passive = null;
            String cwd = "/";
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
                String arg = line.indexOf(' ') < 0 ? "" : line.substring(line.indexOf(' ') + 1);
                switch (verb) {
                    case "USER" -> reply(out, arg.equals("nobody") ? "530 not you" : "331 password please");
                    case "PASS" -> reply(out, "230 logged in");
                    case "PWD" -> reply(out, "257 \"/\" is the current directory");
                    case "CWD" -> {
                        if (arg.equals("pub") || arg.equals("/")) {
                            cwd = arg.equals("/") ? "/" : "/pub/";
                            reply(out, "250 ok");
                        } else {
                            reply(out, "550 no such directory");
                        }
                    }
                    case "EPSV" -> {
                        Thread.sleep(PASSIVE_REPLY_PAUSE_MILLIS);
                        if (refuseEpsv) {
                            reply(out, "500 EPSV not understood");
                        } else {
                            passive = listener(passiveAddress);
                            reply(out, "229 Entering Extended Passive Mode (|||" + passive.getLocalPort() + "|)");
                        }
                    }
                    case "PASV" -> {
                        Thread.sleep(PASSIVE_REPLY_PAUSE_MILLIS);
                        passive = listener(passiveAddress);
                        int p = passive.getLocalPort();
                        reply(out, "227 Entering Passive Mode (127,0,0,1," + (p / 256) + "," + (p % 256) + ")");
                    }
                    case "TYPE" -> reply(out, "200 type set");
                    case "SIZE" -> reply(out, arg.equals("file.txt") && cwd.equals("/pub/") ? "213 " + FILE.length()
                            : "550 no such file");
                    case "RETR", "LIST" -> {
                        boolean found = verb.equals("LIST") || (arg.equals("file.txt") && cwd.equals("/pub/"));
                        if (!found || passive == null) {
                            reply(out, "550 no such file");
                            closeQuietly(passive);
                            passive = null;
                            continue;
                        }
                        reply(out, "150 here it comes");
                        try (Socket data = passive.accept()) {
                            data.getOutputStream().write((verb.equals("LIST") ? "-rw-r--r-- 1 ftp ftp 13 Jan 1 2024 file.txt\r\n"
                                    : FILE).getBytes(StandardCharsets.ISO_8859_1));
                        }
                        closeQuietly(passive);
                        passive = null;
                        reply(out, "226 done");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        c.close();
                        return;
                    }
                    default -> reply(out, "502 not here");
                }
            }
            c.close();
        };
    }

    /** The greeting, then silence whatever is sent: the 120 s reply wait, or -m, ends it. */
    static TcpFaultServer.Behaviour mute() {
        return c -> {
            reply(c.getOutputStream(), "220 ready");
            c.getInputStream().transferTo(OutputStream.nullOutputStream());
            c.close();
        };
    }

    private static ServerSocket listener(InetAddress address) throws IOException {
        return new ServerSocket(0, 1, address);
    }

    private static void closeQuietly(ServerSocket s) {
        try {
            if (s != null) {
                s.close();
            }
        } catch (IOException ignored) {
            // a listener nobody connected to
        }
    }
}
