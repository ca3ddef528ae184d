package jtwins.lab;

import static jtwins.lab.LineProtocol.reply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * FTP servers on loopback for the FTP rows: one that serves "/pub/file.txt" (and a listing of "/pub/",
 * and takes uploads) in passive mode, EPSV or PASV, or in active mode, PORT or EPRT, where it connects
 * back, never connects, or says 425; and one that greets and then answers nothing, for the reply timer.
 */
final class FtpFaults {
    static final String FILE = "twelve bytes\n";
    /** What MDTM says of the file: 2024-01-01 12:00:00 UTC. */
    static final String MODIFIED = "20240101120000";

    /**
     * The commands that may open the DO phase (CWD, EPSV, PASV, -Q's, anything unknown) are answered
     * this late. curl 7.88 that finds the 229/227 already there in the pass that sent EPSV/PASV on a
     * reused connection then polls its wake-up pipe alone for its multi loop's full second (strace: 1
     * run in 3 on loopback), and -v's "ftp_perform ends" goes after the first command or the next as
     * its reply is there or not: races of the client's own, so the answer waits until the client is
     * polling for it.
     */
    private static final long DO_PHASE_REPLY_PAUSE_MILLIS = 20;
    /** The login's commands and the transfer's own, which no client's race depends on. */
    private static final java.util.Set<String> ANSWERED_AT_ONCE = java.util.Set.of("USER", "PASS", "PWD", "TYPE",
            "SIZE", "REST", "PORT", "EPRT", "RETR", "LIST", "NLST", "STOR", "QUIT");
    private static final long CONNECT_BACK_PAUSE_MILLIS = 100;

    private FtpFaults() {
    }

    /** What the server does with the address a PORT or EPRT gave it, once a transfer's 150 is sent. */
    enum ConnectBack {
        /** Connects to it at once, as any server does. */
        CONNECTS,
        /** Never connects, and keeps the control connection open: only the client's accept wait ends it. */
        NEVER,
        /** "425 Can't open data connection" on the control connection instead, as vsftpd says when the connect fails. */
        SAYS_425,
        /** "500" to EPRT, so the client falls back to PORT. */
        REFUSES_EPRT
    }

    /** A control connection that speaks FTP until QUIT; a data connection per EPSV or PASV, or per PORT or EPRT. */
    static TcpFaultServer.Behaviour serving(boolean refuseEpsv) {
        return serving(refuseEpsv, InetAddress.getLoopbackAddress(), ConnectBack.CONNECTS);
    }

    static TcpFaultServer.Behaviour serving(ConnectBack active) {
        return serving(false, InetAddress.getLoopbackAddress(), active);
    }

    static TcpFaultServer.Behaviour serving(boolean refuseEpsv, InetAddress passiveAddress) {
        return serving(refuseEpsv, passiveAddress, ConnectBack.CONNECTS);
    }

    /**
     * As serving(), each passive listener on the address given: on 127.0.0.2 (still loopback) a
     * client that connects to the control connection's own address for its data finds nothing
     * there, and only a proxy that joins the data tunnel to 127.0.0.2 reaches it.
     */
    static TcpFaultServer.Behaviour serving(boolean refuseEpsv, InetAddress passiveAddress, ConnectBack active) {
        return c -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = c.getOutputStream();
            reply(out, "220-lab FTP\r\n220 ready");
            ServerSocket passive = null;
            InetSocketAddress activeTarget = null;
            int restAt = 0;
            String cwd = "/";
            boolean made = false;
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
                String arg = line.indexOf(' ') < 0 ? "" : line.substring(line.indexOf(' ') + 1);
                if (!ANSWERED_AT_ONCE.contains(verb)) {
                    Thread.sleep(DO_PHASE_REPLY_PAUSE_MILLIS);
                }
                switch (verb) {
                    case "USER" -> reply(out, arg.equals("nobody") ? "530 not you" : "331 password please");
                    case "PASS" -> reply(out, "230 logged in");
                    case "PWD" -> reply(out, "257 \"/\" is the current directory");
                    case "MKD" -> {
                        // "made" can be made (and is then there for this session); anything else is refused
                        made |= arg.equals("made");
                        reply(out, arg.equals("made") ? "257 \"made\" created" : "550 cannot make it");
                    }
                    case "CWD" -> {
                        if (arg.equals("pub") || arg.equals("/") || arg.equals("empty") || (made && arg.equals("made"))) {
                            cwd = arg.equals("/") ? "/" : "/" + arg + "/";
                            reply(out, "250 ok");
                        } else {
                            reply(out, "550 no such directory");
                        }
                    }
                    case "EPSV" -> {
                        if (refuseEpsv) {
                            reply(out, "500 EPSV not understood");
                        } else {
                            passive = listener(passiveAddress);
                            reply(out, "229 Entering Extended Passive Mode (|||" + passive.getLocalPort() + "|)");
                        }
                    }
                    case "PASV" -> {
                        passive = listener(passiveAddress);
                        int p = passive.getLocalPort();
                        reply(out, "227 Entering Passive Mode (127,0,0,1," + (p / 256) + "," + (p % 256) + ")");
                    }
                    case "PORT" -> {
                        activeTarget = portTarget(arg);
                        closeQuietly(passive);
                        passive = null;
                        reply(out, activeTarget == null ? "501 syntax error" : "200 PORT command successful");
                    }
                    case "EPRT" -> {
                        if (active == ConnectBack.REFUSES_EPRT) {
                            reply(out, "500 EPRT not understood");
                            continue;
                        }
                        activeTarget = eprtTarget(arg);
                        closeQuietly(passive);
                        passive = null;
                        reply(out, activeTarget == null ? "501 syntax error" : "200 EPRT command successful");
                    }
                    case "TYPE" -> reply(out, "200 type set");
                    case "SIZE" -> reply(out, isTheFile(cwd, arg) ? "213 " + FILE.length() : "550 no such file");
                    case "MDTM" -> reply(out, isTheFile(cwd, arg) ? "213 " + MODIFIED : "550 no such file");
                    case "REST" -> {
                        restAt = arg.matches("\\d{1,9}") ? Integer.parseInt(arg) : 0;
                        reply(out, "350 restarting at " + restAt);
                    }
                    case "NOOP" -> reply(out, "200 NOOP ok");
                    case "DELE" -> reply(out, isTheFile(cwd, arg) ? "250 deleted" : "550 no such file");
                    case "RETR", "LIST", "NLST", "STOR", "APPE" -> {
                        if ((verb.equals("LIST") || verb.equals("NLST")) && cwd.equals("/empty/")) {
                            // vsftpd's and others' answer to a listing with nothing in it
                            reply(out, "450 No files found");
                            closeQuietly(passive);
                            passive = null;
                            activeTarget = null;
                            continue;
                        }
                        boolean found = !verb.equals("RETR") || isTheFile(cwd, arg);
                        if (!found || (passive == null && activeTarget == null)) {
                            reply(out, "550 no such file");
                            closeQuietly(passive);
                            passive = null;
                            activeTarget = null;
                            continue;
                        }
                        boolean upload = verb.equals("STOR") || verb.equals("APPE");
                        reply(out, upload ? "150 send it" : "150 here it comes");
                        if (passive == null && active == ConnectBack.NEVER) {
                            continue;
                        }
                        if (passive == null && active == ConnectBack.SAYS_425) {
                            reply(out, "425 Can't open data connection");
                            activeTarget = null;
                            continue;
                        }
                        long stored = 0;
                        try (Socket data = passive != null ? passive.accept() : connectBack(activeTarget)) {
                            if (upload) {
                                // what came, CRs counted, so that a row sees a skipped start or a converted line end
                                stored = data.getInputStream().transferTo(OutputStream.nullOutputStream());
                            } else {
                                String sent = listingOrFile(verb);
                                data.getOutputStream().write(sent.substring(Math.min(restAt, sent.length()))
                                        .getBytes(StandardCharsets.ISO_8859_1));
                            }
                        }
                        closeQuietly(passive);
                        passive = null;
                        activeTarget = null;
                        restAt = 0;
                        reply(out, upload ? "226 done, " + stored + " bytes " + (verb.equals("APPE") ? "appended" : "stored")
                                : "226 done");
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

    /** /pub/file.txt, named from the directory the client is in or from the root (--ftp-method nocwd). */
    private static boolean isTheFile(String cwd, String arg) {
        return (arg.equals("file.txt") && cwd.equals("/pub/")) || (arg.equals("pub/file.txt") && cwd.equals("/"))
                || arg.equals("/pub/file.txt");
    }

    private static String listingOrFile(String verb) {
        return switch (verb) {
            case "LIST" -> "-rw-r--r-- 1 ftp ftp 13 Jan 1 2024 file.txt\r\n";
            case "NLST" -> "file.txt\r\n";
            default -> FILE;
        };
    }

    /**
     * The server's side of active mode: a connect from port 20's stand-in (any port) to the client's
     * listener, a pause after the 150 first: curl looks for it twice at once ("Data conn was not
     * available immediately"), and -v is the same run for run only when neither look can find it.
     */
    private static Socket connectBack(InetSocketAddress target) throws IOException, InterruptedException {
        Thread.sleep(CONNECT_BACK_PAUSE_MILLIS);
        Socket s = new Socket();
        s.connect(target, 5000);
        return s;
    }

    /** "h1,h2,h3,h4,p1,p2" of RFC 959, null when it is not that. */
    private static InetSocketAddress portTarget(String arg) {
        String[] f = arg.split(",");
        if (f.length != 6) {
            return null;
        }
        try {
            int port = Integer.parseInt(f[4].strip()) * 256 + Integer.parseInt(f[5].strip());
            return new InetSocketAddress(InetAddress.getByName(f[0] + "." + f[1] + "." + f[2] + "." + f[3]), port);
        } catch (RuntimeException | IOException bad) {
            return null;
        }
    }

    /** "|1|addr|port|" or "|2|addr|port|" of RFC 2428, null when it is not that. */
    private static InetSocketAddress eprtTarget(String arg) {
        String[] f = arg.split("\\|", -1);
        if (f.length != 5 || !(f[1].equals("1") || f[1].equals("2"))) {
            return null;
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(f[2]), Integer.parseInt(f[3]));
        } catch (RuntimeException | IOException bad) {
            return null;
        }
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
