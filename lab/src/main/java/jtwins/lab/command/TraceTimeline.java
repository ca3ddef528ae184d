package jtwins.lab.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtwins.common.KernelSynRetries;

/**
 * A twin's events as a timeline, one event a line with its time from the twin's exec, and at the end
 * which timer ended the run: the last one that ran out (its phase, bound, what set it and the
 * original's mechanism), or the kernel's SYN retries when a connect ended in ETIMEDOUT with no timer
 * of the twin's, or the resolver's schedule, or none.
 */
final class TraceTimeline {
    private final List<Map<String, Object>> events = new ArrayList<>();

    /** Takes one event and returns its lines. */
    List<String> add(Map<String, Object> event) {
        events.add(event);
        return lines(event);
    }

    List<Map<String, Object>> events() {
        return events;
    }

    @SuppressWarnings("unchecked")
    static List<String> lines(Map<String, Object> e) {
        long ms = (Long) e.getOrDefault("ms", 0L);
        String kind = (String) e.get("event");
        List<String> out = new ArrayList<>();
        switch (kind) {
            case "plan" -> {
                List<Object> phases = (List<Object>) e.get("phases");
                if (phases.isEmpty()) {
                    out.add(line(ms, "plan", e.get("tool") + ": no timers"));
                }
                for (int i = 0; i < phases.size(); i++) {
                    Map<String, Object> p = (Map<String, Object>) phases.get(i);
                    out.add(line(i == 0 ? ms : -1, i == 0 ? "plan" : "", bound(p)));
                }
            }
            case "dns-query" -> out.add(line(ms, "dns", e.get("type") + " " + e.get("name") + " to " + e.get("server")
                    + " over " + e.get("transport") + ", try " + e.get("try") + " of " + e.get("of") + ", waits "
                    + e.get("bound_ms") + " ms"));
            case "dns-end" -> out.add(line(ms, "dns", e.get("type") + " " + e.get("name") + " from " + e.get("server")
                    + ": " + e.get("outcome")));
            case "connect" -> out.add(line(ms, "connect", address(e) + ": SYN sent"
                    + (((Long) e.get("rto_ms")) > 0 ? " (the kernel resends it after " + e.get("rto_ms") + " ms)" : "")));
            case "syn-again" -> out.add(line(ms, "SYN again", address(e) + ": retransmission " + e.get("n")
                    + " (next after " + e.get("rto_ms") + " ms)"));
            case "connect-end" -> out.add(line(ms, "connect", address(e) + ": " + e.get("outcome")));
            case "tls-start" -> out.add(line(ms, "tls", "handshake begins"));
            case "tls-end" -> out.add(line(ms, "tls", "handshake ends: " + e.get("outcome")));
            case "request-sent" -> out.add(line(ms, "request", "sent: " + e.get("what")));
            case "first-byte" -> out.add(line(ms, "response", "first byte"));
            case "idle" -> out.add(line(ms, "idle", "data after " + e.get("gap_ms") + " ms without any"));
            case "sleep" -> out.add(line(ms, "sleep", e.get("sleep_ms") + " ms"));
            case "try" -> out.add(line(ms, "try", e.get("try") + (((Long) e.get("of")) > 0 ? " of " + e.get("of") : "")));
            case "timer" -> {
                Object phase = e.get("phase");
                out.add(line(ms, "timer", phase instanceof Map ? "ran out: " + bound((Map<String, Object>) phase)
                        : "ran out: " + e.get("bound_ms") + " ms"));
            }
            case "exit" -> out.add(line(ms, "exit", String.valueOf(e.get("status"))));
            default -> out.add(line(ms, kind, ""));
        }
        return out;
    }

    /** The last line: what ended the run (status: the twin's, 128 + N for a death by signal N). */
    @SuppressWarnings("unchecked")
    String endedBy(String tool, int status) {
        boolean exited = events.stream().anyMatch(e -> "exit".equals(e.get("event")));
        if (!exited && status > 128) {
            return "ended by: signal " + (status - 128) + ", before any timer of " + tool + "'s ran out";
        }
        Map<String, Object> timer = null;
        String before = null;
        Map<String, Object> lastConnect = null;
        Map<String, Object> lastDns = null;
        int synsOfLast = 0;
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> e = events.get(i);
            switch ((String) e.get("event")) {
                case "timer" -> {
                    timer = e;
                    before = i > 0 ? (String) events.get(i - 1).get("event") : null;
                }
                case "connect" -> synsOfLast = 1;
                case "syn-again" -> synsOfLast++;
                case "connect-end" -> lastConnect = e;
                case "dns-end" -> lastDns = e;
                default -> { }
            }
        }
        if (timer != null && timer.get("phase") instanceof Map) {
            Map<String, Object> p = (Map<String, Object>) timer.get("phase");
            return "ended by: the " + p.get("phase") + " timer (" + p.get("bound") + "), set by " + p.get("set_by")
                    + ": " + p.get("mechanism") + " (" + p.get("mirrors") + ")";
        }
        if (timer != null && before != null && before.startsWith("dns")) {
            return "ended by: the resolver's own schedule: a try's wait of " + timer.get("bound_ms")
                    + " ms ran out (resolv.conf's timeout and attempts, glibc's send_dg() poll()), no timer of "
                    + tool + "'s";
        }
        if (lastConnect != null && "ETIMEDOUT".equals(lastConnect.get("outcome"))) {
            int retries = KernelSynRetries.current();
            return "ended by: the kernel, no timer of " + tool + "'s: the connect's SYN went " + synsOfLast
                    + " time" + (synsOfLast == 1 ? "" : "s") + ", then ETIMEDOUT (net.ipv4.tcp_syn_retries = "
                    + retries + ": " + KernelSynRetries.giveUpAfter(retries).toSeconds() + " s of retransmission timers)";
        }
        if (timer != null) {
            return "ended by: a timer of " + timer.get("bound_ms") + " ms";
        }
        if (lastDns != null && "timed out".equals(lastDns.get("outcome")) && lastConnect == null) {
            return "ended by: the resolver's own schedule (resolv.conf's timeout and attempts), no timer of " + tool + "'s";
        }
        return "ended by: no timer: the run ended on its own"
                + (lastConnect != null && !"connected".equals(lastConnect.get("outcome"))
                ? " (the connect: " + lastConnect.get("outcome") + ")" : "");
    }

    /** A phase as the timeline shows it: its bound and what set it (explain, and the last line, say how it works). */
    private static String bound(Map<String, Object> p) {
        return String.format("%-16s %-8s set by %s", p.get("phase"), p.get("bound"), p.get("set_by"));
    }

    private static String address(Map<String, Object> e) {
        String a = (String) e.get("address");
        return (a.contains(":") ? "[" + a + "]" : a) + ":" + e.get("port");
    }

    private static String line(long ms, String what, String text) {
        return String.format("%7s  %-9s  %s", ms < 0 ? "" : ms + " ms", what, text).stripTrailing();
    }
}
