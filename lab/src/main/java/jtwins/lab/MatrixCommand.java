package jtwins.lab;

import java.io.PrintStream;
import java.util.List;
import jtwins.common.KernelSynRetries;

/** jtwins matrix: the seed article's timeout table, measured now, original beside twin. */
final class MatrixCommand {
    private MatrixCommand() {
    }

    static int run(PrintStream out, List<Scenario> scenarios) throws Exception {
        out.println("jtwins matrix: each row measured now in a private network namespace (loopback only,"
                + " net.ipv4.tcp_syn_retries=" + KernelSynRetries.current() + ")");
        out.println();
        String format = "%-50s | %-48s | %-48s | %s%n";
        out.printf(format, "scenario", "original: exit, gave up after, message", "twin: exit, gave up after, message",
                "match");
        out.println("-".repeat(50) + "-+-" + "-".repeat(48) + "-+-" + "-".repeat(48) + "-+------");
        int mismatches = 0;
        for (Scenario scenario : scenarios) {
            Comparison c = SideBySide.run(scenario);
            String verdict = !c.originalInstalled() ? "original not installed" : c.matches() ? "yes" : "NO";
            if (c.originalInstalled() && !c.matches()) {
                mismatches++;
            }
            out.printf(format, clip(scenario.tool() + " " + scenario.title(), 50),
                    c.originalInstalled() ? cell(c.original(), c.originalStderr()) : "not installed",
                    cell(c.twin(), c.twinStderr()), verdict);
            out.printf(format, "  " + clip(c.commandLine(), 48), "", "", "");
        }
        out.println();
        out.println(mismatches == 0 ? "every installed original matched by its twin"
                : mismatches + " row(s) differ: run the side-by-side tests for the details");
        return mismatches == 0 ? 0 : 1;
    }

    private static String cell(RunResult r, String stderr) {
        String line = stderr.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) {
            line = line.substring(0, nl) + " ...";
        }
        return clip(r.exitText() + ", " + r.elapsedMillis() + " ms" + (line.isEmpty() ? "" : ", " + line), 48);
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
