package jtwins.lab;

import java.io.PrintStream;
import java.util.Arrays;
import jtwins.common.Failure;
import jtwins.common.TimeoutPlan;
import jtwins.nc.NcMain;

/** jtwins explain TOOL ARGS...: the timeout plan the twin would follow for that command line. */
final class ExplainCommand {
    private ExplainCommand() {
    }

    static int run(PrintStream out, String[] args) {
        if (args.length == 0) {
            out.println("usage: jtwins explain nc [nc options] [destination] [port]");
            return 2;
        }
        String tool = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        TimeoutPlan plan;
        try {
            plan = switch (tool) {
                case "nc", "jnc" -> NcMain.plan(rest);
                default -> null;
            };
        } catch (Failure f) {
            String line = f.render(tool);
            out.println(line == null ? tool + ": exits " + f.status() : line);
            return f.status();
        }
        if (plan == null) {
            out.println("jtwins explain: no twin of " + tool + " yet (available: nc)");
            return 2;
        }
        out.println(tool + " " + String.join(" ", rest));
        for (String line : plan.describe()) {
            out.println("  " + line);
        }
        return 0;
    }
}
