package jtwins.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mechanism an original really used to give up, read from strace: the last system call that ended
 * a wait decides (a poll() or select() that timed out, a connect() the kernel failed or refused, as
 * connect() or SO_ERROR reports it, a call an
 * alarm() or setitimer() interrupted). A separate, untimed run of the original, so strace's own cost
 * never reaches the timed one.
 */
public final class StraceMechanism {
    private static final Pattern CALL = Pattern.compile("^(?:\\d+\\s+)?(?:<\\.\\.\\. )?([a-z_0-9]+)");

    private StraceMechanism() {
    }

    static boolean installed() {
        return SideBySide.original("strace") != null;
    }

    /** The original's mechanism on this scenario, or a short reason why it was not observed. */
    public static String observe(Scenario scenario) {
        Path original = SideBySide.original(scenario.tool());
        if (original == null) {
            return "-";
        }
        if (!installed()) {
            return "(strace not installed)";
        }
        try (Fault.Running far = scenario.fault().start()) {
            Path log = Files.createTempFile("jtwins-strace", ".log");
            try {
                List<String> command = new ArrayList<>(List.of(SideBySide.original("strace").toString(), "-f", "-qq",
                        "-o", log.toString(), "-e",
                        "trace=connect,getsockopt,poll,ppoll,select,pselect6,alarm,setitimer,read,recvfrom,epoll_wait",
                        original.toString()));
                command.addAll(scenario.argsFor(far.port()));
                ProcessRun.run(command, scenario.stdin(), scenario.hangAfterMillis());
                return classify(Files.readAllLines(log));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (Exception e) {
            return "(strace failed: " + e.getMessage() + ")";
        }
    }

    public static String classify(List<String> lines) {
        String timer = null;
        String decided = "no wait ended by a timer";
        for (String line : lines) {
            Matcher m = CALL.matcher(line);
            if (!m.find()) {
                continue;
            }
            String call = m.group(1);
            if (call.equals("alarm") && !line.contains("alarm(0)")) {
                timer = "alarm()";
            } else if (call.equals("setitimer") && line.contains("ITIMER_REAL") && !line.contains("it_value={tv_sec=0, tv_usec=0}")) {
                timer = "setitimer()";
            } else if (line.contains("ERESTART") || line.contains("EINTR")) {
                decided = (timer == null ? "a signal" : timer) + " interrupts " + call + "()";
            } else if ((call.equals("connect") || call.equals("getsockopt")) && line.contains("ETIMEDOUT")) {
                decided = "the kernel's SYN retries fail connect()";
            } else if ((call.equals("connect") || call.equals("getsockopt")) && line.contains("ECONNREFUSED")) {
                decided = "connect() refused";
            } else if (line.contains("= 0 (Timeout)") && (call.equals("poll") || call.equals("ppoll"))) {
                decided = "poll() times out";
            } else if (line.contains("= 0 (Timeout)") && (call.equals("select") || call.equals("pselect6"))) {
                decided = "select() times out";
            } else if (call.equals("epoll_wait") && line.endsWith("= 0")) {
                decided = "epoll_wait() times out";
            }
        }
        return decided;
    }
}
