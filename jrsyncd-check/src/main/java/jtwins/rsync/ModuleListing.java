package jtwins.rsync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A listing once the daemon said "@RSYNCD: OK": the server's arguments as rsync sends them for
 * "rsync rsync://host/module/path" (list-only, -d), the compat flags and checksum negotiation
 * (compat.c), the empty filter list, the file list, then the end-of-phase exchange and the
 * sender's statistics, as measured against the daemons of rsync 3.2.7 and 3.5.0 (the same bytes).
 */
final class ModuleListing {
    /** The capabilities rsync 3.2.7 and 3.5.0 announce after -e: '.' and no incremental recursion for a listing. */
    private static final String CAPABILITIES = "e.LsfxCIvu";
    /** The checksums rsync 3.2.7 and 3.5.0 offer (it has no xxhash-less build here). */
    private static final String CHECKSUMS = "xxh128 xxh3 xxh64 md5 md4 sha1";

    /** What -v prints at the end. */
    record Totals(long sent, long received, long totalSize) {
    }

    private ModuleListing() {
    }

    static int run(DaemonSocket socket, DaemonSource source, RsyncSettings settings, int protocol,
                   PrintStream out, PrintStream err) throws IOException, RsyncError {
        if (protocol < 30) {
            throw new IllegalStateException("this twin lists modules of daemons speaking protocol 30 or later; this one speaks "
                    + protocol);
        }
        socket.write(serverArguments(source, settings), "the server's arguments");
        socket.startCounting();
        MuxStream in = new MuxStream(socket, out, err);
        int compat = in.readVarint();
        if ((compat & FileListReader.CF_VARINT_FLIST_FLAGS) != 0) {
            byte[] ours = CHECKSUMS.getBytes(StandardCharsets.US_ASCII);
            byte[] vstring = new byte[ours.length + 1];
            vstring[0] = (byte) ours.length;
            System.arraycopy(ours, 0, vstring, 1, ours.length);
            in.writeRaw(vstring, "checksum choices " + CHECKSUMS);
            in.readVstring();
        }
        in.readInt(); // the checksum seed, which a listing never uses
        in.startMultiplexIn();
        in.writeData(new byte[4], "the filter list (empty)");
        if (settings.verbose > 0) {
            out.print("receiving file list ... ");
            out.flush();
        }
        FileListReader.FileList list = FileListReader.read(in, protocol, compat);
        if (settings.verbose > 0) {
            out.println("done");
        }
        if (settings.verbose >= 2) {
            out.println("delta-transmission enabled");
        }
        // the listing is FINFO output, which -q silences like the MOTD
        if (!settings.quiet) {
            for (String line : Listing.lines(list.entries())) {
                out.println(line);
            }
        }
        out.flush();
        int ioError = list.ioError() | in.ioError();
        Totals totals = goodbye(in);
        if (settings.verbose > 0) {
            summary(out, totals);
        }
        if (ioError != 0) {
            throw RsyncError.partial();
        }
        return 0;
    }

    /**
     * The daemon args as rsync makes them: its server options, ".", and the remote path, which gets a
     * "/" when it names a module alone ("pub" is sent as "pub/", a module list shows "/").
     */
    static List<String> serverArgumentList(DaemonSource source, RsyncSettings settings) {
        StringBuilder flags = new StringBuilder("-");
        flags.append("v".repeat(settings.verbose));
        if (settings.quiet) {
            flags.append('q');
        }
        flags.append('d').append(CAPABILITIES);
        List<String> list = new java.util.ArrayList<>(List.of("--server", "--sender", flags.toString()));
        if (settings.timeout > 0) {
            list.add("--timeout=" + settings.timeout);
        }
        if (settings.listOnly) {
            list.add("--list-only");
        }
        list.add(".");
        list.add(source.path().indexOf('/') < 0 ? source.path() + "/" : source.path());
        return list;
    }

    /** "--server --sender -de.LsfxCIvu [--timeout=N] [--list-only] . PATH", each ended by a NUL, then an empty one. */
    private static byte[] serverArguments(DaemonSource source, RsyncSettings settings) {
        ByteArrayOutputStream args = new ByteArrayOutputStream();
        List<String> list = serverArgumentList(source, settings);
        for (String arg : list) {
            args.writeBytes(arg.getBytes(StandardCharsets.UTF_8));
            args.write(0);
        }
        args.write(0);
        return args.toByteArray();
    }

    /**
     * The end of a transfer with nothing to transfer: the generator's NDX_DONE, the sender's, three
     * more from the client (the phases), two from the sender, its statistics (protocol 29+: bytes read,
     * written, total size, list build and transfer times) and its last NDX_DONE, answered by ours.
     */
    private static Totals goodbye(MuxStream in) throws IOException, RsyncError {
        in.writeData(new byte[1], "NDX_DONE");
        expectDone(in);
        in.writeData(new byte[3], "NDX_DONE for each phase");
        expectDone(in);
        expectDone(in);
        long read = in.readVarlong(3);
        long written = in.readVarlong(3);
        long size = in.readVarlong(3);
        in.readVarlong(3);
        in.readVarlong(3);
        expectDone(in);
        in.writeData(new byte[1], "the last NDX_DONE");
        // the sender read what we sent and wrote what we received
        return new Totals(read, written, size);
    }

    private static void expectDone(MuxStream in) throws IOException, RsyncError {
        int ndx = in.readByte();
        if (ndx != 0) {
            throw new IllegalStateException("the daemon went on with file " + ndx + " where a listing ends");
        }
    }

    /** output_summary() in main.c: rates over whole seconds of time(), plus half a second. */
    private static void summary(PrintStream out, Totals t) {
        long start = RunClock.startSeconds();
        long end = System.currentTimeMillis() / 1000;
        double rate = (t.sent() + t.received()) / (0.5 + (end - start));
        out.println();
        out.println("sent " + Numbers.comma(t.sent()) + " bytes  received " + Numbers.comma(t.received()) + " bytes  "
                + Numbers.comma(rate, 2) + " bytes/sec");
        double speedup = (double) t.totalSize() / (t.sent() + t.received());
        out.println("total size is " + Numbers.comma(t.totalSize()) + "  speedup is " + Numbers.comma(speedup, 2));
    }
}
