package jtwins.lab.command;

import java.util.List;
import jtwins.common.Expectation;
import jtwins.common.PhaseBudget;
import jtwins.common.Situation;
import jtwins.common.TimeoutPlan;
import jtwins.common.resolver.ResolverSchedule;

/** jtwins explain --json: the same plan as one JSON object; times in milliseconds, null for no bound. */
final class ExplainJson {
    private ExplainJson() {
    }

    static String render(String tool, String[] rest, TimeoutPlan plan, String host, ResolverSchedule schedule,
                         List<String> addresses) {
        StringBuilder j = new StringBuilder("{");
        j.append("\"tool\":").append(str(plan.tool())).append(",\"command\":").append(str(tool + " " + String.join(" ", rest)));
        j.append(",\"host\":").append(host == null ? "null" : str(host));
        j.append(",\"phases\":[");
        for (int i = 0; i < plan.rows().size(); i++) {
            PhaseBudget row = plan.rows().get(i);
            j.append(i == 0 ? "" : ",").append("{\"phase\":").append(str(row.phase().label()))
                    .append(",\"bound_ms\":").append(row.budget().isUnlimited() ? "null" : row.budget().duration().toMillis())
                    .append(",\"set_by\":").append(str(row.setBy()))
                    .append(",\"mechanism\":").append(str(row.mechanism().description()))
                    .append(",\"mirrors\":").append(str(row.mirrors())).append('}');
        }
        j.append("],\"resolver\":");
        if (schedule == null) {
            j.append("null");
        } else {
            j.append("{\"worst_case_ms\":").append(schedule.worstCaseSeconds() * 1000).append(",\"formula\":")
                    .append(str(schedule.formula())).append('}');
        }
        if (addresses != null) {
            j.append(",\"addresses\":[");
            for (int i = 0; i < addresses.size(); i++) {
                j.append(i == 0 ? "" : ",").append(str(addresses.get(i)));
            }
            j.append(']');
        }
        j.append(",\"gives_up\":[");
        boolean first = true;
        for (Expectation e : plan.expectations()) {
            if (e.situation() == Situation.DNS_LOST && schedule == null) {
                continue;
            }
            int count = addresses == null || addresses.isEmpty() ? 1 : addresses.size();
            long ms = e.millis(schedule == null ? 0 : schedule.worstCaseSeconds() * 1000, count);
            j.append(first ? "" : ",").append("{\"situation\":").append(str(e.situation().label()))
                    .append(",\"after_ms\":").append(ms < 0 ? "null" : Long.toString(ms))
                    .append(",\"how\":").append(str(e.how())).append('}');
            first = false;
        }
        return j.append("]}").toString();
    }

    static String str(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
