package jtwins.lab.command;

import java.util.List;
import java.util.Map;

/** jtwins trace --json: the command, its exit status, the events as the twin wrote them, what ended the run. */
final class TraceJson {
    private TraceJson() {
    }

    static String render(String[] args, int status, List<Map<String, Object>> events, String endedBy) {
        StringBuilder b = new StringBuilder("{\"command\":[");
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(ExplainJson.str(args[i]));
        }
        b.append("],\"exit\":").append(status).append(",\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                b.append(",\n");
            } else {
                b.append('\n');
            }
            value(b, events.get(i));
        }
        b.append("\n],\"ended_by\":");
        b.append(ExplainJson.str(endedBy.startsWith("ended by: ") ? endedBy.substring("ended by: ".length()) : endedBy));
        return b.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static void value(StringBuilder b, Object v) {
        if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                b.append(ExplainJson.str(e.getKey()));
                b.append(':');
                value(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                value(b, l.get(i));
            }
            b.append(']');
        } else if (v instanceof String s) {
            b.append(ExplainJson.str(s));
        } else {
            b.append(v);
        }
    }
}
