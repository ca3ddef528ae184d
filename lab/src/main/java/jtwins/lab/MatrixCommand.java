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
        String format = "%-56s | %9s %8s | %9s %8s | %s%n";
        out.printf(format, "scenario / command", "original", "gave up", "twin", "gave up", "match");
        out.println("-".repeat(56) + "-+-" + "-".repeat(18) + "-+-" + "-".repeat(18) + "-+------");
        int mismatches = 0;
        for (Scenario scenario : scenarios) {
            Comparison c = SideBySide.run(scenario);
            String verdict = !c.originalInstalled() ? "original not installed" : c.matches() ? "yes" : "NO";
            if (c.originalInstalled() && !c.matches()) {
                mismatches++;
            }
            RunResult o = c.original();
            RunResult t = c.twin();
            out.printf(format, scenario.tool() + ": " + scenario.title(),
                    o == null ? "-" : "exit " + o.exitText(), o == null ? "-" : o.elapsedMillis() + " ms",
                    "exit " + t.exitText(), t.elapsedMillis() + " ms", verdict);
            out.printf("    $ %s%n", c.commandLine());
            if (o != null && !o.stderr().isBlank()) {
                out.printf("    original: %s%n", o.stderr().strip().replace("\n", "\n              "));
            }
            if (!t.stderr().isBlank()) {
                out.printf("    twin:     %s%n", t.stderr().strip().replace("\n", "\n              "));
            }
        }
        out.println();
        out.println(mismatches == 0 ? "every installed original matched by its twin"
                : mismatches + " row(s) differ: run the side-by-side tests for the details");
        return mismatches == 0 ? 0 : 1;
    }
}
