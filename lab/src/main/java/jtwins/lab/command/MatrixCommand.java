package jtwins.lab.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jtwins.common.KernelSynRetries;
import jtwins.lab.Comparison;
import jtwins.lab.Scenario;
import jtwins.lab.ScenarioCatalogue;
import jtwins.lab.SideBySide;
import jtwins.lab.StraceMechanism;
import jtwins.lab.TwinPlans;

/**
 * jtwins matrix [--only TOOL] [--markdown | --json]: the seed article's timeout table measured now,
 * original beside twin, with explain's prediction made before the run and the mechanism the original
 * was seen to use (strace). Rows run three at a time: each waits on its own timer and far end.
 */
final class MatrixCommand {
    private static final int PARALLEL_ROWS = 3;

    /** One row's results. */
    record Row(Scenario scenario, Comparison comparison, String mechanism, String syns) {
        String verdict() {
            if (!comparison.originalInstalled()) {
                return "original not installed";
            }
            return comparison.matches() ? "yes" : "NO";
        }

        String predicted() {
            Long p = comparison.predictedMillis();
            return p == null ? "-" : TwinPlans.duration(p);
        }
    }

    private MatrixCommand() {
    }

    static int run(PrintStream out, String[] args) throws Exception {
        String only = null;
        String format = "text";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> {
                    if (i + 1 >= args.length) {
                        return usage();
                    }
                    only = args[++i];
                }
                case "--markdown" -> format = "markdown";
                case "--json" -> format = "json";
                default -> {
                    return usage();
                }
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario s : ScenarioCatalogue.matrix()) {
            if (only == null || s.tool().equals(only) || SideBySide.twinName(s.tool()).equals(only)) {
                scenarios.add(s);
            }
        }
        if (scenarios.isEmpty()) {
            System.err.println("jtwins matrix: no rows for " + only + " (tools: nc, curl, wget, mysqladmin, rsync)");
            return 2;
        }
        List<Row> rows = measure(scenarios);
        int mismatches = (int) rows.stream().filter(r -> r.verdict().equals("NO")).count();
        switch (format) {
            case "markdown" -> MatrixTable.markdown(out, rows);
            case "json" -> MatrixTable.json(out, rows);
            default -> {
                out.println("jtwins matrix: each row measured now in a private network namespace (loopback only,"
                        + " net.ipv4.tcp_syn_retries=" + KernelSynRetries.current() + ")");
                out.println();
                MatrixTable.text(out, rows);
                out.println();
                out.println(mismatches == 0 ? "every installed original matched by its twin, and explain's"
                        + " predictions held" : mismatches + " row(s) differ: run the side-by-side tests for the details");
            }
        }
        return mismatches == 0 ? 0 : 1;
    }

    private static int usage() {
        System.err.println("usage: jtwins matrix [--only nc|curl|wget|mysqladmin|rsync] [--markdown | --json]");
        return 2;
    }

    private static List<Row> measure(List<Scenario> scenarios) throws Exception {
        boolean terminal = System.console() != null;
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_ROWS);
        try {
            List<Future<Row>> futures = new ArrayList<>();
            for (Scenario s : scenarios) {
                futures.add(pool.submit(() -> {
                    Comparison c = SideBySide.run(s);
                    String mechanism = StraceMechanism.observe(s);
                    String syns = SynObservation.observe(s);
                    int n = done.incrementAndGet();
                    if (terminal) {
                        System.err.printf("\r[%d/%d] %-40s", n, scenarios.size(), s.id());
                        System.err.flush();
                    }
                    return new Row(s, c, mechanism, syns);
                }));
            }
            List<Row> rows = new ArrayList<>();
            for (Future<Row> f : futures) {
                rows.add(f.get());
            }
            if (terminal) {
                System.err.print("\r" + " ".repeat(60) + "\r");
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }
}
