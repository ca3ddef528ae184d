package jtwins.lab.command;

import java.io.PrintStream;
import java.util.List;
import jtwins.lab.Comparison;
import jtwins.lab.RunResult;

/** The matrix's three forms: a text table with each row's messages, a Markdown table, JSON. */
final class MatrixTable {
    private MatrixTable() {
    }

    static void text(PrintStream out, List<MatrixCommand.Row> rows) {
        String format = "%-54s | %-9s | %9s %8s | %9s %8s | %s%n";
        out.printf(format, "scenario", "explain", "original", "gave up", "twin", "gave up", "match");
        out.println("-".repeat(54) + "-+-" + "-".repeat(9) + "-+-" + "-".repeat(18) + "-+-" + "-".repeat(18) + "-+------");
        for (MatrixCommand.Row r : rows) {
            Comparison c = r.comparison();
            RunResult o = c.original();
            RunResult t = c.twin();
            out.printf(format, r.scenario().tool() + ": " + r.scenario().title(), r.predicted(),
                    o == null ? "-" : "exit " + o.exitText(), o == null ? "-" : o.elapsedMillis() + " ms",
                    "exit " + t.exitText(), t.elapsedMillis() + " ms", r.verdict());
            out.printf("    $ %s%n", c.commandLine());
            out.printf("    mechanism (strace): %s%n", r.mechanism());
            out.printf("    SYNs (jtwins trace): %s%n", r.syns());
            if (o != null && !o.stderr().isBlank()) {
                out.printf("    original: %s%n", o.stderr().strip().replace("\n", "\n              "));
            }
            if (!t.stderr().isBlank()) {
                out.printf("    twin:     %s%n", t.stderr().strip().replace("\n", "\n              "));
            }
        }
    }

    static void markdown(PrintStream out, List<MatrixCommand.Row> rows) {
        out.println("| tool | scenario | command | mechanism (strace) | SYNs (trace) | explain | original | twin | match |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (MatrixCommand.Row r : rows) {
            Comparison c = r.comparison();
            RunResult o = c.original();
            RunResult t = c.twin();
            out.printf("| %s | %s | `%s` | %s | %s | %s | %s | %s | %s |%n", r.scenario().tool(),
                    cell(r.scenario().title()), cell(c.commandLine()), cell(r.mechanism()), cell(r.syns()), r.predicted(),
                    o == null ? "not installed" : "exit " + o.exitText() + ", " + o.elapsedMillis() + " ms",
                    "exit " + t.exitText() + ", " + t.elapsedMillis() + " ms", r.verdict());
        }
    }

    static void json(PrintStream out, List<MatrixCommand.Row> rows) {
        StringBuilder j = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            MatrixCommand.Row r = rows.get(i);
            Comparison c = r.comparison();
            RunResult o = c.original();
            RunResult t = c.twin();
            Long p = c.predictedMillis();
            j.append(i == 0 ? "" : ",").append("\n{\"id\":").append(ExplainJson.str(r.scenario().id()))
                    .append(",\"tool\":").append(ExplainJson.str(r.scenario().tool()))
                    .append(",\"title\":").append(ExplainJson.str(r.scenario().title()))
                    .append(",\"command\":").append(ExplainJson.str(c.commandLine()))
                    .append(",\"mechanism\":").append(ExplainJson.str(r.mechanism()))
                    .append(",\"syns\":").append(ExplainJson.str(r.syns()))
                    .append(",\"explain_ms\":").append(p == null || p < 0 ? "null" : p.toString())
                    .append(",\"original\":").append(o == null ? "null" : run(o))
                    .append(",\"twin\":").append(run(t))
                    .append(",\"match\":").append(ExplainJson.str(r.verdict())).append('}');
        }
        out.println(j.append("\n]"));
    }

    private static String run(RunResult r) {
        return "{\"exit\":" + ExplainJson.str(r.exitText()) + ",\"elapsed_ms\":" + r.elapsedMillis() + ",\"stderr\":"
                + ExplainJson.str(r.stderr()) + "}";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
