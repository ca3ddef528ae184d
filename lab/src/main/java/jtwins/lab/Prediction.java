package jtwins.lab;

import jtwins.common.Situation;
import jtwins.common.TimeoutPlan;

/** What `jtwins explain` says a matrix row will do: when it gives up, from the plan alone, before the run. */
public final class Prediction {
    private Prediction() {
    }

    /** The situation a fault puts a client in, where the plans model it; null otherwise. */
    static Situation situationOf(Fault fault) {
        return switch (fault) {
            case REFUSED -> Situation.REFUSED;
            case BLACK_HOLE -> Situation.BLACK_HOLE;
            case SILENT, TFTP_SILENT -> Situation.SILENT;
            case HTTP_STALL_BODY -> Situation.STALLED;
            case DNS_SWALLOW -> Situation.DNS_LOST;
            case FTP_ACTIVE_NEVER -> Situation.NO_CONNECT_BACK;
            default -> null;
        };
    }

    /** Explain's moment for a row, and whether the kernel's SYN retries set it. */
    public record Predicted(long millis, boolean kernelTimer) {
    }

    /** Explain's moment for the row in milliseconds; -1 for never; null when explain makes no prediction. */
    public static Long millis(Scenario scenario, int port) {
        Predicted p = of(scenario, port);
        return p == null ? null : p.millis();
    }

    public static Predicted of(Scenario scenario, int port) {
        Situation situation = situationOf(scenario.fault());
        if (situation == null) {
            return null;
        }
        String[] args = scenario.argsFor(port).toArray(new String[0]);
        TimeoutPlan plan = TwinPlans.planFor(scenario.tool(), args);
        if (plan == null || plan.expectation(situation) == null) {
            return null;
        }
        return new Predicted(TwinPlans.expectedMillis(plan, args, situation), plan.expectation(situation).kernelTimer());
    }
}
