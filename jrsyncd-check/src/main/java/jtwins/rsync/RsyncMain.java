package jtwins.rsync;

import java.io.OutputStream;
import java.io.PrintStream;
import jtwins.common.Diagnostics;
import jtwins.common.Failure;
import jtwins.common.TimeoutPlan;
import jtwins.common.ToolMain;

/**
 * jrsyncd-check: the daemon client side of rsync 3.5.0 as Debian 12 ships it, for what a check of a
 * daemon asks: "rsync rsync://host/" (the module list) and "rsync rsync://host/module/" (a listing of
 * its top level), with --contimeout bounding each connect() and --timeout the I/O, as rsync bounds them.
 */
public final class RsyncMain {
    private RsyncMain() {
    }

    public static void main(String[] args) {
        ToolMain.run("jrsyncd-check", args, new Body());
    }

    private static final class Body implements ToolMain.Body {
        @Override
        public int run(String[] argv, Diagnostics diagnostics) throws Exception {
            PrintStream out = System.out;
            PrintStream err = System.err;
            try {
                return RsyncMain.run(argv, out, err);
            } catch (RsyncError e) {
                out.flush();
                err.println(e.line());
                return e.code();
            } catch (RsyncCommandLine.Unsupported e) {
                diagnostics.warnx(e.getMessage());
                return 1;
            } catch (InbandExchange.ListEnded e) {
                return 0;
            }
        }
    }

    /** The plan `jtwins explain` prints for an rsync command line; a line rsync refuses fails as rsync would. */
    public static TimeoutPlan plan(String[] args) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        try {
            return RsyncPlan.build(RsyncCommandLine.parse(args, discard));
        } catch (RsyncError e) {
            throw Failure.raw(e.code(), e.line());
        } catch (RsyncCommandLine.Unsupported e) {
            throw Failure.errx(1, e.getMessage());
        }
    }

    /** The host a command line names, or null. */
    public static String destination(String[] args) {
        try {
            RsyncSettings s = RsyncCommandLine.parse(args, new PrintStream(OutputStream.nullOutputStream()));
            DaemonSource source = s.args.isEmpty() ? null : DaemonSource.parse(s.args.get(0), s.port);
            return source == null ? null : source.host();
        } catch (RsyncError | RsyncCommandLine.Unsupported e) {
            return null;
        }
    }

    private static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        RsyncSettings settings = RsyncCommandLine.parse(argv, err);
        if (settings.help) {
            out.print(RsyncCommandLine.help());
            return 0;
        }
        if (settings.version) {
            out.print(RsyncCommandLine.version());
            return 0;
        }
        if (settings.args.isEmpty()) {
            err.print(RsyncCommandLine.help());
            throw RsyncError.syntax("main.c(1871)");
        }
        if (settings.args.size() > 1) {
            throw new RsyncCommandLine.Unsupported("a destination (" + settings.args.get(1) + ")");
        }
        DaemonSource source = DaemonSource.parse(settings.args.get(0), settings.port);
        if (source == null) {
            throw new RsyncCommandLine.Unsupported("a source that is not an rsync daemon (" + settings.args.get(0) + ")");
        }
        SignalExit.install();
        // the plan explain prints: the connect's alarm and every wait on the socket are armed from it
        TimeoutPlan plan = RsyncPlan.build(settings);
        DaemonConnect.Link link = DaemonConnect.open(source, settings, plan, out, err);
        DaemonSocket socket = new DaemonSocket(link.channel(), link.firstBytes(), settings.timeout, plan, err);
        try {
            InbandExchange.Agreed agreed = InbandExchange.run(socket, source, settings, out, err);
            // setup_protocol(): the daemon's number must be one rsync speaks at all
            if (agreed.remote() < 20 || agreed.remote() > 40) {
                err.println("protocol version mismatch -- is your shell clean?");
                err.println("(see the rsync manpage for an explanation)");
                throw RsyncError.protocol();
            }
            return ModuleListing.run(socket, source, settings, agreed.protocol(), out, err);
        } finally {
            socket.close();
        }
    }
}
