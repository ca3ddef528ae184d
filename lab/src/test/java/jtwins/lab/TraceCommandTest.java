package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jtwins.common.KernelSynRetries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jtwins trace in the lab's namespace (black holes on 127.0.0.1:7900-7999, net.ipv4.tcp_syn_retries
 * as lab-netns sets it): the twin's own output and status unchanged, the kernel's SYNs at the kernel's
 * moments as its own model computes them, and the timer or the kernel named as what ended the run.
 */
class TraceCommandTest {
    private static final Pattern LINE = Pattern.compile("^\\s*(\\d+) ms  (\\S+(?: again)?)\\s+(.*)$");

    @TempDir
    Path dir;

    /** One timeline line: ms from exec, the kind, the text. */
    private record Event(long ms, String kind, String text) {
    }

    @Test
    void aBlackHoleWithNoTimerIsTheKernelsSynsAtItsMoments() throws Exception {
        Path timeline = dir.resolve("t.txt");
        List<String> args = List.of("wget", "-t", "1", "-O", "/dev/null", "http://127.0.0.1:7941/");
        RunResult traced = trace(timeline, args);
        RunResult plain = run(twinOf(args));
        assertSameRun(plain, traced);
        assertEquals("4", traced.exitText());
        List<Event> events = events(timeline);
        Event connect = only(events, "connect", "SYN sent");
        List<Event> again = all(events, "SYN again");
        long[] model = kernelRetransmissions();
        assertEquals(model.length - 1, again.size(), "retransmissions, the kernel's model: " + events);
        for (int k = 0; k < again.size(); k++) {
            assertWithin(again.get(k).ms() - connect.ms(), model[k], "retransmission " + (k + 1));
        }
        Event end = only(events, "connect", "ETIMEDOUT");
        assertWithin(end.ms() - connect.ms(), model[model.length - 1], "ETIMEDOUT");
        assertTrue(last(timeline).startsWith("ended by: the kernel, no timer of wget's"), last(timeline));
    }

    @Test
    void aConnectTimeoutIsNamedWithWhatSetItAndItsMechanism() throws Exception {
        Path timeline = dir.resolve("t.txt");
        List<String> args = List.of("curl", "-sS", "--connect-timeout", "1", "http://127.0.0.1:7942/");
        RunResult traced = trace(timeline, args);
        assertSameRun(run(twinOf(args)), traced);
        assertEquals("28", traced.exitText());
        List<Event> events = events(timeline);
        Event connect = only(events, "connect", "SYN sent");
        Event timer = only(events, "timer", "ran out: connect");
        // the twin's timers pay back its start-up: the timer ends 1 s from exec, where curl's does
        assertTrue(connect.ms() < timer.ms(), connect + " " + timer);
        assertWithin(timer.ms(), 1000, "the connect timer, from exec");
        assertTrue(timer.text().contains("set by --connect-timeout 1"), timer.text());
        assertTrue(last(timeline).startsWith("ended by: the connect timer (1 s), set by --connect-timeout 1: poll()"),
                last(timeline));
    }

    @Test
    void aTftpRequestNobodyAnswersIsSentThenTheConnectClockEndsIt() throws Exception {
        Path timeline = dir.resolve("t.txt");
        List<String> args = List.of("curl", "-sS", "--connect-timeout", "2", "tftp://127.0.0.1:7945/file.txt");
        RunResult traced = trace(timeline, args);
        assertSameRun(run(twinOf(args)), traced);
        assertEquals("28", traced.exitText());
        List<Event> events = events(timeline);
        // UDP has no connect: the read request is the first thing sent, and nothing comes back
        Event sent = all(events, "request").get(0);
        assertTrue(sent.ms() < 1000, sent.toString());
        assertEquals("sent: RRQ file.txt", sent.text());
        assertTrue(all(events, "response").isEmpty(), events.toString());
        Event timer = only(events, "timer", "ran out: connect");
        assertWithin(timer.ms(), 2000, "the connect clock tftp.c asks, from exec");
        assertTrue(last(timeline).startsWith("ended by: the connect timer (2 s), set by --connect-timeout 2"),
                last(timeline));
    }

    @Test
    void aRefusedConnectEndsWithNoTimer() throws Exception {
        Path timeline = dir.resolve("t.txt");
        List<String> args = List.of("nc", "-v", "127.0.0.1", Integer.toString(refusedPort()));
        RunResult traced = trace(timeline, args);
        assertSameRun(run(twinOf(args)), traced);
        assertEquals("1", traced.exitText());
        only(events(timeline), "connect", "ECONNREFUSED");
        assertEquals("ended by: no timer: the run ended on its own (the connect: ECONNREFUSED)", last(timeline));
    }

    @Test
    void lostDnsAnswersAreTheResolversTriesFromResolvConf() throws Exception {
        Path timeline = dir.resolve("t.txt");
        InetAddress ns = InetAddress.getByName("127.0.71.9");
        try (DnsFaultServer swallow = DnsFaultServer.start(ns, 53, DnsFaultServer.Mode.SWALLOW)) {
            Path conf = dir.resolve("resolv.conf");
            Files.writeString(conf, "nameserver 127.0.71.9\noptions timeout:1 attempts:2\n");
            List<String> command = new ArrayList<>(List.of(LabHome.launcher("jtwins").toString(), "trace", "--to",
                    timeline.toString(), "--", "wget", "-t", "1", "http://lost.lab.test/"));
            RunResult traced = ProcessRun.run(ResolvConfMount.command(conf, command), StdinSpec.EMPTY, 20000);
            assertEquals("4", traced.exitText());
            List<Event> queries = new ArrayList<>();
            for (Event e : events(timeline)) {
                if (e.kind().equals("dns") && e.text().contains(" to 127.0.71.9 over udp")) {
                    queries.add(e);
                }
            }
            assertEquals(4, queries.size(), "A and AAAA, twice: " + queries);
            assertTrue(queries.get(0).text().contains("try 1 of 2, waits 1000 ms"), queries.get(0).text());
            assertTrue(queries.get(3).text().contains("try 2 of 2, waits 1000 ms"), queries.get(3).text());
            // the first try pays back the twin's start-up, so the second goes 1 s from exec, as glibc's does
            assertWithin(queries.get(3).ms(), 1000, "the second try, from exec");
            assertTrue(last(timeline).startsWith("ended by: the resolver's own schedule"), last(timeline));
        }
    }

    @Test
    void jsonHoldsTheEventsAndTheEnd() throws Exception {
        Path timeline = dir.resolve("t.json");
        RunResult traced = ProcessRun.run(List.of(LabHome.launcher("jtwins").toString(), "trace", "--json", "--to",
                timeline.toString(), "--", "nc", "-w", "1", "127.0.0.1", "7943"), StdinSpec.EMPTY, 20000);
        assertEquals("1", traced.exitText());
        String json = Files.readString(timeline);
        assertTrue(json.startsWith("{\"command\":[\"nc\",\"-w\",\"1\",\"127.0.0.1\",\"7943\"],\"exit\":1,\"events\":["), json);
        assertTrue(json.contains("\"event\":\"connect\",\"address\":\"127.0.0.1\",\"port\":7943"), json);
        assertTrue(json.contains("\"event\":\"timer\",\"bound_ms\":1000,\"phase\":{\"phase\":\"connect\""), json);
        assertTrue(json.strip().endsWith("\"ended_by\":\"the connect timer (1 s), set by -w 1: select() on the connecting"
                + " socket (Debian connect-timeout.patch: select() per address, errno left at EINPROGRESS)\"}"), json);
    }

    @Test
    void aTimelineFileThatCannotBeMadeIsSaidBeforeTheTwinRuns() throws Exception {
        RunResult r = run(List.of(LabHome.launcher("jtwins").toString(), "trace", "--to",
                dir.resolve("no-such-dir/t.txt").toString(), "--", "curl", "-sS", "http://127.0.0.1:7944/"));
        assertEquals("2", r.exitText());
        assertEquals("jtwins trace: " + dir.resolve("no-such-dir/t.txt") + ": No such file or directory\n", r.stderr());
        assertEquals("", r.stdoutText());
    }

    /**
     * The retransmissions' moments and the give-up, in ms after the first SYN, as the kernel computes
     * them: timers of 1 s, the first tcp_syn_linear_timeouts retransmissions keeping 1 s (Linux 6.5
     * on), each later timer doubled; ETIMEDOUT at the first expiry at or past 2^(retries+1)-1 s.
     */
    private static long[] kernelRetransmissions() throws IOException {
        long bound = ((1L << (KernelSynRetries.current() + 1)) - 1) * 1000;
        Path linearFile = Path.of("/proc/sys/net/ipv4/tcp_syn_linear_timeouts");
        int linear = Files.exists(linearFile) ? Integer.parseInt(Files.readString(linearFile).trim()) : 0;
        List<Long> at = new ArrayList<>();
        long t = 0;
        long timer = 1000;
        for (int k = 1; ; k++) {
            t += timer;
            at.add(t);
            if (t >= bound) {
                break;
            }
            if (k > linear) {
                timer *= 2;
            }
        }
        return at.stream().mapToLong(Long::longValue).toArray();
    }

    private static void assertWithin(long observed, long expected, String what) {
        // read from TCP_INFO every 10 ms, the kernel's timers a jiffy or so late
        assertTrue(observed >= expected - 50 && observed <= expected + 300,
                what + ": " + observed + " ms, the kernel's moment " + expected + " ms");
    }

    private RunResult trace(Path timeline, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(LabHome.launcher("jtwins").toString(), "trace", "--to",
                timeline.toString(), "--"));
        command.addAll(args);
        return run(command);
    }

    private static List<String> twinOf(List<String> args) {
        List<String> command = new ArrayList<>(List.of(LabHome.launcher("jtwins").toString()));
        command.addAll(args);
        return command;
    }

    private static RunResult run(List<String> command) throws IOException {
        return ProcessRun.run(command, StdinSpec.EMPTY, 20000);
    }

    private static void assertSameRun(RunResult plain, RunResult traced) {
        assertEquals(plain.exitText(), traced.exitText(), "exit");
        assertEquals(plain.stdoutText(), traced.stdoutText(), "stdout");
        assertEquals(Normaliser.stderr(plain.stderr()), Normaliser.stderr(traced.stderr()), "stderr");
    }

    private static List<Event> events(Path timeline) throws IOException {
        List<Event> events = new ArrayList<>();
        for (String line : Files.readAllLines(timeline)) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                events.add(new Event(Long.parseLong(m.group(1)), m.group(2), m.group(3)));
            }
        }
        return events;
    }

    private static List<Event> all(List<Event> events, String kind) {
        return events.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private static Event only(List<Event> events, String kind, String containing) {
        List<Event> found = events.stream().filter(e -> e.kind().equals(kind) && e.text().contains(containing)).toList();
        assertEquals(1, found.size(), kind + " with '" + containing + "' in " + events);
        return found.get(0);
    }

    private static String last(Path timeline) throws IOException {
        List<String> lines = Files.readAllLines(timeline);
        return lines.get(lines.size() - 1);
    }

    private static int refusedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
