package jtwins.lab.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtwins.common.trace.Trace;
import jtwins.lab.Fault;
import jtwins.lab.ProcessRun;
import jtwins.lab.Scenario;
import jtwins.lab.SideBySide;

/**
 * The matrix's SYN column, the one the seed article drew with tcpdump: how often the row's last
 * connect sent its SYN and when, from a separate traced run of the twin (the kernel sends the same
 * SYNs for the original; the timed runs stay untraced).
 */
final class SynObservation {
    private SynObservation() {
    }

    /** "3 SYNs at 0, 1.0, 2.0 s", "-" when the row makes no connect that waits. */
    static String observe(Scenario scenario) {
        try (Fault.Running far = scenario.fault().start()) {
            Path log = Files.createTempFile("jtwins-syns", ".jsonl");
            try {
                List<String> command = new ArrayList<>();
                command.add(SideBySide.twin(scenario.tool()).toString());
                command.addAll(scenario.argsFor(far.port()));
                ProcessRun.run(command, scenario.stdin(), scenario.hangAfterMillis(),
                        scenario.around().forPort(far.port()).withEnv(Trace.ENVIRONMENT, log.toString()));
                return describe(Files.readAllLines(log));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (Exception e) {
            return "(not traced: " + e.getMessage() + ")";
        }
    }

    static String describe(List<String> eventLines) {
        List<Long> syns = new ArrayList<>();
        long connectAt = 0;
        for (String line : eventLines) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> e = JsonReader.object(line);
            long ms = (Long) e.get("ms");
            switch ((String) e.get("event")) {
                case "connect" -> {
                    syns.clear();
                    connectAt = ms;
                    syns.add(0L);
                }
                case "syn-again" -> syns.add(ms - connectAt);
                default -> { }
            }
        }
        if (syns.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder().append(syns.size()).append(syns.size() == 1 ? " SYN at " : " SYNs at ");
        for (int i = 0; i < syns.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(i == 0 ? "0" : String.format("%.1f", syns.get(i) / 1000.0));
        }
        return b.append(" s").toString();
    }
}
