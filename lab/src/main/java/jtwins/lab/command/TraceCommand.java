package jtwins.lab.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jtwins.common.Errno;
import jtwins.common.trace.Trace;
import jtwins.lab.LabHome;
import sun.misc.Signal;

/**
 * jtwins trace [--to FILE] [--json] [--] TOOL ARGS...: runs the twin exactly as `jtwins TOOL ARGS`
 * runs it (its stdin, stdout, stderr, files and exit status are the twin's, and so is this command's
 * status), with JTWINS_TRACE naming a file its listener writes one event a line to; the timeline goes
 * to standard error after the run, or to FILE as it happens, and ends with what ended the run.
 */
final class TraceCommand {
    private static final Set<String> TOOLS = Set.of("wget", "curl", "nc", "mysqladmin", "rsync");
    private static final long FOLLOW_NANOS = 20_000_000L;

    private TraceCommand() {
    }

    static int run(PrintStream err, String[] args) throws IOException, InterruptedException {
        Path to = null;
        boolean json = false;
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            if (args[i].equals("--")) {
                i++;
                break;
            } else if (args[i].equals("--json")) {
                json = true;
            } else if (args[i].equals("--to") && i + 1 < args.length) {
                to = Path.of(args[++i]);
            } else if (args[i].startsWith("--to=")) {
                to = Path.of(args[i].substring("--to=".length()));
            } else {
                break;
            }
        }
        args = Arrays.copyOfRange(args, i, args.length);
        if (args.length == 0 || !TOOLS.contains(args[0])) {
            err.println("usage: jtwins trace [--to FILE] [--json] [--] wget|curl|nc|mysqladmin|rsync ARGS...");
            return 2;
        }
        PrintStream sink;
        try {
            sink = to == null ? null : new PrintStream(Files.newOutputStream(to), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("jtwins trace: " + to + ": " + Errno.of(e).text());
            return 2;
        }
        Path events = Files.createTempFile("jtwins-trace", ".jsonl");
        try {
            return traced(args, events, sink, json, err);
        } finally {
            Files.deleteIfExists(events);
        }
    }

    private static int traced(String[] args, Path events, PrintStream sink, boolean json, PrintStream err)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LabHome.launcher("jtwins").toString());
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put(Trace.ENVIRONMENT, events.toString());
        TraceTimeline timeline = new TraceTimeline();
        String title = "jtwins trace: " + String.join(" ", args) + "  (ms from the twin's exec)";
        if (sink != null && !json) {
            sink.println(title);
        }
        Process twin = pb.start();
        // as time(1) does: a Ctrl-C reaches the twin through its process group and the timeline still
        // gets written; a SIGTERM meant for this command is passed on to the twin
        Signal.handle(new Signal("INT"), signal -> { });
        Signal.handle(new Signal("TERM"), signal -> twin.destroy());
        try (RandomAccessFile follow = new RandomAccessFile(events.toFile(), "r")) {
            StringBuilder partial = new StringBuilder();
            while (!twin.waitFor(FOLLOW_NANOS, TimeUnit.NANOSECONDS)) {
                take(follow, partial, timeline, json ? null : sink);
            }
            take(follow, partial, timeline, json ? null : sink);
        }
        int status = twin.exitValue();
        String tool = args[0];
        String endedBy = timeline.endedBy(tool, status);
        PrintStream out = sink != null ? sink : err;
        if (json) {
            out.println(TraceJson.render(args, status, timeline.events(), endedBy));
        } else {
            if (sink == null) {
                out.println(title);
                for (Map<String, Object> e : timeline.events()) {
                    TraceTimeline.lines(e).forEach(out::println);
                }
            }
            out.println(endedBy);
        }
        if (sink != null) {
            sink.close();
        }
        return status;
    }

    /** The whole lines written since the last look, each taken into the timeline (and printed to sink). */
    private static void take(RandomAccessFile follow, StringBuilder partial, TraceTimeline timeline, PrintStream sink)
            throws IOException {
        byte[] buf = new byte[8192];
        int n;
        while ((n = follow.read(buf)) > 0) {
            partial.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        }
        int nl;
        while ((nl = partial.indexOf("\n")) >= 0) {
            String line = partial.substring(0, nl);
            partial.delete(0, nl + 1);
            if (line.isBlank()) {
                continue;
            }
            List<String> shown = timeline.add(JsonReader.object(line));
            if (sink != null) {
                shown.forEach(sink::println);
            }
        }
    }
}
