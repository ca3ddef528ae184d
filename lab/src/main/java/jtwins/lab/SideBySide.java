package jtwins.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a scenario with the original and with the twin, in the same namespace and the same run. */
public final class SideBySide {
    /** Start-up included, the twin gives up within this much of the original's moment. */
    public static final long DEFAULT_TOLERANCE_MILLIS = 300;

    private SideBySide() {
    }

    /** The original's executable on PATH, or null when it is not installed. */
    public static Path original(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public static Path twin(String tool) {
        return LabHome.launcher(twinName(tool));
    }

    /** jnc for nc, jcurl for curl, jwget for wget; mysqladmin's and rsync's twins are named for what they do. */
    public static String twinName(String tool) {
        return switch (tool) {
            case "mysqladmin" -> "jmysqlping";
            case "rsync" -> "jrsyncd-check";
            default -> "j" + tool;
        };
    }

    public static Comparison run(Scenario scenario) throws Exception {
        return run(scenario, DEFAULT_TOLERANCE_MILLIS);
    }

    /** As run(), with another tolerance for the moment of ending, for rows whose cost is start-up, not a timer. */
    public static Comparison run(Scenario scenario, long toleranceMillis) throws Exception {
        try (Fault.Running far = scenario.fault().start()) {
            List<String> args = scenario.argsFor(far.port());
            Surroundings around = scenario.around().forPort(far.port());
            Path original = original(scenario.tool());
            Path twin = twin(scenario.tool());
            RunResult o = null;
            boolean aligned = WallClockPhase.countsWholeSeconds(scenario);
            if (original != null) {
                if (aligned) {
                    WallClockPhase.await();
                }
                o = ProcessRun.run(command(original, args), scenario.stdin(), scenario.hangAfterMillis(), around);
                // curl's multi loop now and then sees its own clock run out before the connect filter does
                // (multi_handle_timeout(): "Connection timeout after N ms" where it nearly always says "Failed
                // to connect ... Timeout was reached"; 2 runs in 30 on a black hole): a race of curl's own, so
                // the original runs again, at most twice, rather than the twin being asked to lose it the same way
                for (int again = 0; again < 2 && scenario.tool().equals("curl")
                        && o.stderr().contains(") Connection timeout after "); again++) {
                    o = ProcessRun.run(command(original, args), scenario.stdin(), scenario.hangAfterMillis(), around);
                }
            }
            if (aligned) {
                WallClockPhase.await();
            }
            RunResult t = ProcessRun.run(command(twin, args), scenario.stdin(), scenario.hangAfterMillis(), around);
            String[] names = {original == null ? scenario.tool() : original.toString(), scenario.tool(),
                    twin.toString(), twinName(scenario.tool())};
            Prediction.Predicted predicted = ScenarioCatalogue.isMatrixRow(scenario) ? Prediction.of(scenario, far.port()) : null;
            return new Comparison(scenario, scenario.commandLine(far.port()), o, t,
                    o == null ? "" : Normaliser.stderr(o.stderr(), names), Normaliser.stderr(t.stderr(), names),
                    toleranceMillis, predicted == null ? null : predicted.millis(), predicted != null && predicted.kernelTimer());
        }
    }

    private static List<String> command(Path program, List<String> args) throws IOException {
        List<String> c = new ArrayList<>();
        c.add(program.toString());
        c.addAll(args);
        return c;
    }
}
