package jtwins.common.trace;

import java.io.FileOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import jtwins.common.Budget;
import jtwins.common.PhaseBudget;
import jtwins.common.ProcessStart;
import jtwins.common.TimeoutPlan;
import jtwins.common.resolver.AddressText;

/**
 * The events of one run as JSON lines, each written as it happens (one write(2) a line, so a reader
 * following the file sees whole lines) with its time in ms from the twin's exec. A file that cannot
 * be opened leaves the run untraced rather than changed.
 */
final class EventLog implements TraceListener {
    private final FileOutputStream out;
    private final long execNanos = ProcessStart.nanoTime();
    /** The plan's rows by their budgets, to name the phase of a timer that runs out. */
    private final Map<Budget, PhaseBudget> rows = new IdentityHashMap<>();

    private EventLog(FileOutputStream out) {
        this.out = out;
    }

    static EventLog open(Path file) {
        try {
            return new EventLog(new FileOutputStream(file.toFile(), true));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public synchronized void plan(TimeoutPlan plan) {
        Line line = line("plan").text("tool", plan.tool());
        StringBuilder phases = new StringBuilder("[");
        for (PhaseBudget row : plan.rows()) {
            rows.put(row.budget(), row);
            if (phases.length() > 1) {
                phases.append(',');
            }
            phases.append(phase(row));
        }
        write(line.raw("phases", phases.append(']').toString()));
    }

    @Override
    public void dnsQuery(String server, String transport, String type, String name, int attempt, int attempts,
                         long boundMillis) {
        write(line("dns-query").text("server", server).text("transport", transport).text("type", type)
                .text("name", name).number("try", attempt).number("of", attempts).number("bound_ms", boundMillis));
    }

    @Override
    public void dnsEnd(String server, String transport, String type, String name, String outcome) {
        write(line("dns-end").text("server", server).text("transport", transport).text("type", type)
                .text("name", name).text("outcome", outcome));
    }

    @Override
    public void connectStart(InetSocketAddress target, long atNanos, long rtoMillis) {
        write(address(line("connect", atNanos), target).number("rto_ms", rtoMillis));
    }

    @Override
    public void synRetransmitted(InetSocketAddress target, int n, long rtoMillis) {
        write(address(line("syn-again"), target).number("n", n).number("rto_ms", rtoMillis));
    }

    @Override
    public void connectEnd(InetSocketAddress target, String outcome) {
        write(address(line("connect-end"), target).text("outcome", outcome));
    }

    @Override
    public void tlsStart() {
        write(line("tls-start"));
    }

    @Override
    public void tlsEnd(String outcome) {
        write(line("tls-end").text("outcome", outcome));
    }

    @Override
    public void requestSent(String what) {
        write(line("request-sent").text("what", what));
    }

    @Override
    public void firstByte() {
        write(line("first-byte"));
    }

    @Override
    public void idleGap(long millis) {
        write(line("idle").number("gap_ms", millis));
    }

    @Override
    public void tryStart(int attempt, int attempts) {
        write(line("try").number("try", attempt).number("of", attempts));
    }

    @Override
    public void sleep(long millis) {
        write(line("sleep").number("sleep_ms", millis));
    }

    @Override
    public synchronized void timerRanOut(Budget budget, long nanos) {
        PhaseBudget row = budget == null ? null : rows.get(budget);
        Line line = line("timer").number("bound_ms", nanos / 1_000_000);
        write(row == null ? line : line.raw("phase", phase(row)));
    }

    @Override
    public void exit(int status) {
        write(line("exit").number("status", status));
    }

    private static String phase(PhaseBudget row) {
        return new Line().text("phase", row.phase().label()).text("bound", row.budget().toString())
                .text("set_by", row.setBy()).text("mechanism", row.mechanism().description())
                .text("mirrors", row.mirrors()).toString();
    }

    private Line line(String event) {
        return line(event, System.nanoTime());
    }

    private Line line(String event, long atNanos) {
        return new Line().number("ms", (atNanos - execNanos) / 1_000_000).text("event", event);
    }

    private static Line address(Line line, InetSocketAddress target) {
        return line.text("address", AddressText.of(target.getAddress())).number("port", target.getPort());
    }

    private void write(Line line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (out) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // a reader that has gone away does not change the run
        }
    }

    /** One JSON object, its members in the order written. */
    static final class Line {
        private final StringBuilder json = new StringBuilder("{");

        Line text(String name, String value) {
            member(name);
            quote(json, value);
            return this;
        }

        Line number(String name, long value) {
            member(name);
            json.append(value);
            return this;
        }

        Line raw(String name, String jsonValue) {
            member(name);
            json.append(jsonValue);
            return this;
        }

        private void member(String name) {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, name);
            json.append(':');
        }

        static void quote(StringBuilder b, String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }

        @Override
        public String toString() {
            return json + "}";
        }
    }
}
