package jtwins.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An original and its twin on the same scenario in the same run, and whether they are the same. */
public record Comparison(Scenario scenario, String commandLine, RunResult original, RunResult twin,
                         String originalStderr, String twinStderr, long toleranceMillis, Long predictedMillis,
                         boolean predictedByKernel) {
    /** An original that ends within this long gave up at once: no timer of any row is this short. */
    static final long AT_ONCE_MILLIS = 100;
    /**
     * When the original gives up at once, the twin's lateness is its start-up alone: the JVM and the
     * first use of what the path needs (jnr for nc -F, dnsjava for an NXDOMAIN answer), 150-330 ms on
     * a slow day here beside the originals' 9-40 ms. It is measured in bench/ (issue 10); here such a
     * row is held to this, and every row a timer ends to the row's own tolerance.
     */
    static final long AT_ONCE_TOLERANCE_MILLIS = 450;

    /** How near both runs must end to explain's prediction, for the rows it predicts. */
    static final long PREDICTION_TOLERANCE_MILLIS = 300;

    /** No prediction, or both runs within its tolerance of it (the twin with its at-once allowance). */
    public boolean predictionHolds() {
        if (predictedMillis == null || original == null) {
            return true;
        }
        if (predictedMillis < 0) {
            return original.hung() && twin.hung();
        }
        // where the kernel's SYN retries end the row no process can shorten them: the twin's start-up
        // shows in its moment, and it is held as the rows its start-up alone makes late
        long twinTolerance = predictedByKernel ? AT_ONCE_TOLERANCE_MILLIS
                : tolerance(predictedMillis, PREDICTION_TOLERANCE_MILLIS);
        return Math.abs(original.elapsedMillis() - predictedMillis) <= PREDICTION_TOLERANCE_MILLIS
                && Math.abs(twin.elapsedMillis() - predictedMillis) <= twinTolerance;
    }

    /** The tolerance this row is held to, given when the original gave up. */
    long tolerance() {
        return tolerance(original.elapsedMillis(), toleranceMillis);
    }

    /** A row's own tolerance, or the at-once one when the original gave up within AT_ONCE_MILLIS. */
    static long tolerance(long originalMillis, long rowTolerance) {
        return originalMillis < AT_ONCE_MILLIS ? Math.max(rowTolerance, AT_ONCE_TOLERANCE_MILLIS) : rowTolerance;
    }

    /** The ways the twin differs from the original; empty when they match. */
    public List<String> differences() {
        List<String> d = new ArrayList<>();
        if (original == null) {
            return d;
        }
        if (!String.valueOf(original.exit()).equals(String.valueOf(twin.exit()))) {
            d.add("exit: original " + original.exitText() + ", twin " + twin.exitText());
        }
        if (!Arrays.equals(original.stdout(), twin.stdout())) {
            d.add("stdout: original '" + original.stdoutText() + "', twin '" + twin.stdoutText() + "'");
        }
        if (!originalStderr.equals(twinStderr)) {
            d.add("stderr:\n  original: " + originalStderr.replace("\n", "\n            ")
                    + "\n  twin:     " + twinStderr.replace("\n", "\n            "));
        }
        if (!original.filesLeft().equals(twin.filesLeft())) {
            d.add("files left: original " + original.filesLeft() + ", twin " + twin.filesLeft());
        }
        if (!original.hung() && Math.abs(original.elapsedMillis() - twin.elapsedMillis()) > tolerance()) {
            d.add("gave up: original " + original.elapsedMillis() + " ms, twin " + twin.elapsedMillis()
                    + " ms (tolerance " + tolerance() + " ms)");
        }
        if (!predictionHolds()) {
            d.add("explain predicted " + TwinPlans.duration(predictedMillis) + ": original gave up at "
                    + original.elapsedMillis() + " ms, twin at " + twin.elapsedMillis() + " ms (tolerance "
                    + PREDICTION_TOLERANCE_MILLIS + " ms" + (predictedByKernel ? ", " + AT_ONCE_TOLERANCE_MILLIS
                    + " for the twin where the kernel's SYN retries end the row" : "") + ")");
        }
        return d;
    }

    public boolean originalInstalled() {
        return original != null;
    }

    public boolean matches() {
        return original != null && differences().isEmpty();
    }

    /** A readable report: the command, both sides, and each difference. */
    public String report() {
        StringBuilder s = new StringBuilder(scenario.id() + ": " + commandLine + "\n");
        if (original == null) {
            return s.append("  original not installed\n").toString();
        }
        s.append("  original: exit ").append(original.exitText()).append(", ").append(original.elapsedMillis())
                .append(" ms, stderr ").append(originalStderr.strip()).append('\n');
        s.append("  twin:     exit ").append(twin.exitText()).append(", ").append(twin.elapsedMillis())
                .append(" ms, stderr ").append(twinStderr.strip()).append('\n');
        for (String diff : differences()) {
            s.append("  DIFF ").append(diff).append('\n');
        }
        return s.toString();
    }
}
