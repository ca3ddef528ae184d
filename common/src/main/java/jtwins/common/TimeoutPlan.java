package jtwins.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jtwins.common.trace.Trace;

/**
 * A tool's timeouts as data, built from its command line before it touches the network. The tool
 * executes this plan and `jtwins explain` prints it, so what explain says is what the twin does.
 */
public final class TimeoutPlan {
    private final String tool;
    private final List<PhaseBudget> rows;
    private final List<Expectation> expectations;
    private final WaitSchedule waits;

    private TimeoutPlan(String tool, List<PhaseBudget> rows, List<Expectation> expectations, WaitSchedule waits) {
        this.tool = tool;
        this.waits = waits;
        this.rows = Collections.unmodifiableList(rows);
        this.expectations = Collections.unmodifiableList(expectations);
    }

    public static Builder forTool(String tool) {
        return new Builder(tool);
    }

    public String tool() {
        return tool;
    }

    public List<PhaseBudget> rows() {
        return rows;
    }

    /** The budget of a phase; UNLIMITED when the plan has no row for it. */
    public Budget budget(Phase phase) {
        for (PhaseBudget row : rows) {
            if (row.phase() == phase) {
                return row.budget();
            }
        }
        return Budget.UNLIMITED;
    }

    public PhaseBudget row(Phase phase) {
        for (PhaseBudget row : rows) {
            if (row.phase() == phase) {
                return row;
            }
        }
        return null;
    }

    /** The waits between tries, one by one; the RETRY_WAIT row holds their sum. */
    public WaitSchedule waits() {
        return waits;
    }

    /** When the command gives up end to end in each situation the tool's plan answers for. */
    public List<Expectation> expectations() {
        return expectations;
    }

    /** The expectation for one situation, or null when the plan makes none. */
    public Expectation expectation(Situation situation) {
        for (Expectation e : expectations) {
            if (e.situation() == situation) {
                return e;
            }
        }
        return null;
    }

    /** The plan as `jtwins explain` prints it: one line per phase. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (PhaseBudget row : rows) {
            lines.add(String.format("%-18s %-8s set by %s; %s (%s)", row.phase().label(), row.budget(),
                    row.setBy(), row.mechanism().description(), row.mirrors()));
        }
        return lines;
    }

    public static final class Builder {
        private final String tool;
        private final List<PhaseBudget> rows = new ArrayList<>();
        private final List<Expectation> expectations = new ArrayList<>();
        private WaitSchedule waits = WaitSchedule.NONE;

        private Builder(String tool) {
            this.tool = tool;
        }

        public Builder phase(Phase phase, Budget budget, String setBy, Mechanism mechanism, String mirrors) {
            rows.add(new PhaseBudget(phase, budget, setBy, mechanism, mirrors));
            return this;
        }

        public Builder waits(WaitSchedule waits) {
            this.waits = waits;
            return this;
        }

        /** The end-to-end answer for a situation: when the command gives up, and how it gets there. */
        public Builder expect(Situation situation, Budget budget, String how) {
            expectations.add(new Expectation(situation, budget, false, 0, false, how));
            return this;
        }

        /** As expect(), for a tool that tries each further address in turn at that cost. */
        public Builder expectPerAddress(Situation situation, Budget budget, long perFurtherAddressMillis, String how) {
            expectations.add(new Expectation(situation, budget, false, perFurtherAddressMillis, false, how));
            return this;
        }

        /** As expect(), where the resolver's own schedule may end it first. */
        public Builder expectWithResolver(Situation situation, Budget budget, String how) {
            expectations.add(new Expectation(situation, budget, true, 0, false, how));
            return this;
        }

        /** The expectation just added is the kernel's SYN retries' doing. */
        public Builder endedByKernel() {
            Expectation e = expectations.remove(expectations.size() - 1);
            expectations.add(new Expectation(e.situation(), e.budget(), e.resolverSchedule(), e.perFurtherAddressMillis(),
                    true, e.how()));
            return this;
        }

        /** The plan; a listener hears of it (only a traced twin has one, and it arms every plan it builds). */
        public TimeoutPlan build() {
            TimeoutPlan plan = new TimeoutPlan(tool, new ArrayList<>(rows), new ArrayList<>(expectations), waits);
            Trace.listener().plan(plan);
            return plan;
        }
    }
}
