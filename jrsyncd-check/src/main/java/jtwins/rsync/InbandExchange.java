package jtwins.rsync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * start_inband_exchange() in clientserver.c: the "@RSYNCD:" greetings both ways, the module name,
 * then lines until "@RSYNCD: OK" (a module to talk to), "@RSYNCD: EXIT" (the end of a module list),
 * "@ERROR" or an auth challenge. Every other line is MOTD or module list, shown unless -q/--no-motd.
 */
final class InbandExchange {
    static final int PROTOCOL_VERSION = 32;
    private static final String GREETING = "@RSYNCD: " + PROTOCOL_VERSION + ".0 " + String.join(" ", DaemonAuth.OFFERED) + "\n";

    /** What the rest of the session needs. */
    /** The protocol agreed on, and the daemon's own number, which setup_protocol() checks after OK. */
    record Agreed(int protocol, int remote) {
    }

    /** The module list ended; rsync exits 0. */
    static final class ListEnded extends Exception {
        ListEnded() {
            super(null, null, false, false);
        }
    }

    private InbandExchange() {
    }

    static Agreed run(DaemonSocket socket, DaemonSource source, RsyncSettings settings, PrintStream out,
                      PrintStream err) throws IOException, RsyncError, ListEnded {
        if (settings.verbose >= 2) {
            List<String> args = ModuleListing.serverArgumentList(source, settings);
            out.println("sending daemon args: " + String.join(" ", args) + "  (" + args.size() + " args)");
        }
        socket.write(GREETING.getBytes(StandardCharsets.US_ASCII), "greeting " + GREETING.strip());
        String greeting = readLine(socket);
        if (greeting == null) {
            err.println("rsync: did not see server greeting");
            throw RsyncError.startClient();
        }
        // exchange_protocols(): sscanf(buf, "@RSYNCD: %d.%d", &remote_protocol, &remote_sub)
        int[] scanned = Scanf.rsyncdGreeting(greeting);
        if (scanned == null) {
            err.println("rsync: server sent \"" + greeting + "\" rather than greeting");
            throw RsyncError.startClient();
        }
        int remote = scanned[0];
        int remoteSub = scanned[1];
        if (remoteSub < 0) {
            if (remote >= 30) {
                err.println("rsync: the server omitted the subprotocol value: " + greeting);
                throw RsyncError.startClient();
            }
            remoteSub = 0;
        }
        int space = greeting.indexOf(' ', Math.min(9, greeting.length()));
        if (space < 0 && remote > 31) {
            err.println("rsync: the server omitted the digest name list: " + greeting);
            throw RsyncError.startClient();
        }
        int protocol = PROTOCOL_VERSION;
        if (protocol > remote) {
            protocol = remote;
            if (remoteSub != 0) {
                protocol--;
            }
        } else if (protocol == remote && remoteSub != 0) {
            protocol--;
        }
        String[] words = greeting.substring(9).trim().split(" +");
        List<String> daemonDigests = new ArrayList<>(Arrays.asList(words).subList(1, words.length));

        socket.write((source.module() + "\n").getBytes(StandardCharsets.UTF_8), source.module().isEmpty()
                ? "an empty module name (the module list)" : "module name " + source.module());
        while (true) {
            String line = readLine(socket);
            if (line == null) {
                err.println("rsync: didn't get server startup line");
                throw RsyncError.startClient();
            }
            if (line.startsWith("@RSYNCD: AUTHREQD ")) {
                String digest = DaemonAuth.choose(daemonDigests, protocol);
                byte[] password = DaemonAuth.password(settings.passwordFile, err);
                String answer = DaemonAuth.response(DaemonAuth.user(source), password, line.substring(18), digest);
                socket.write((answer + "\n").getBytes(StandardCharsets.UTF_8), "the password's challenge response");
                continue;
            }
            if (line.equals("@RSYNCD: OK")) {
                return new Agreed(protocol, remote);
            }
            if (line.equals("@RSYNCD: EXIT")) {
                throw new ListEnded();
            }
            if (line.startsWith("@ERROR")) {
                err.println(line);
                throw RsyncError.startClient();
            }
            if (settings.outputMotd()) {
                out.println(line);
            }
        }
    }

    /**
     * read_line_old(): bytes up to a newline, carriage returns dropped; null at the end of the stream
     * and at a NUL byte, which read_line_old() answers with failure too.
     */
    private static String readLine(DaemonSocket socket) throws IOException, RsyncError {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = socket.readByte("io.c(340)");
            if (b <= 0) {
                return null;
            }
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
    }
}
