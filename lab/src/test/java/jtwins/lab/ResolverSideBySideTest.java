package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `jtwins resolve NAME` beside `getent ahosts NAME`, each with the scenario's resolv.conf mounted over
 * /etc/resolv.conf in a private mount namespace and the lab's DNS servers on port 53 of loopback
 * addresses of their own: same output and exit, the same queries to each server, each query sent at
 * the same moment and the same give-up moment (within 50 ms, counted from the first query so that
 * the JVM's start-up is left out).
 */
class ResolverSideBySideTest {
    private static final long TOLERANCE_MILLIS = 50;
    /** Two processes timed from exec: 50 ms plus what a JVM's start-up varies by on a busy machine. */
    private static final long FROM_EXEC_TOLERANCE_MILLIS = 150;
    private static final Map<String, List<InetAddress>> TABLE = Map.of(
            "www.lab.test", List.of(address("127.0.0.44")),
            "dual.lab.test", List.of(address("127.0.0.45"), address("::1")),
            "v6.lab.test", List.of(address("::1")),
            "short.corp.test", List.of(address("127.0.0.46")));

    @TempDir
    Path dir;

    /**
     * One row: resolv.conf (with {ns1}.. for the servers' addresses), the servers, the environment, the
     * name, and how long the first server's TABLE answers take (0: at once).
     */
    record Case(String id, String conf, List<DnsFaultServer.Mode> servers, List<String> env, String name,
                long firstServerDelayMillis) {
        Case(String id, String conf, List<DnsFaultServer.Mode> servers, List<String> env, String name) {
            this(id, conf, servers, env, name, 0);
        }

        DnsFaultServer start(int i, InetAddress at) throws java.io.IOException {
            return i == 0 && firstServerDelayMillis > 0 ? DnsFaultServer.table(at, 53, TABLE, firstServerDelayMillis)
                    : DnsFaultServer.start(at, 53, servers.get(i), TABLE);
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("answer-A", "nameserver {ns1}", List.of(DnsFaultServer.Mode.TABLE), "www.lab.test"),
                c("answer-A-and-AAAA", "nameserver {ns1}", List.of(DnsFaultServer.Mode.TABLE), "dual.lab.test"),
                c("answer-AAAA-only", "nameserver {ns1}", List.of(DnsFaultServer.Mode.TABLE), "v6.lab.test"),
                c("nxdomain", "nameserver {ns1}", List.of(DnsFaultServer.Mode.NXDOMAIN), "gone.lab.test"),
                c("servfail-then-answer", "nameserver {ns1}\nnameserver {ns2}",
                        List.of(DnsFaultServer.Mode.SERVFAIL, DnsFaultServer.Mode.TABLE), "www.lab.test"),
                c("swallow-t1-a2", "nameserver {ns1}\noptions timeout:1 attempts:2",
                        List.of(DnsFaultServer.Mode.SWALLOW), "lost.lab.test"),
                c("swallow-2-servers-t2-a1", "nameserver {ns1}\nnameserver {ns2}\noptions timeout:2 attempts:1",
                        List.of(DnsFaultServer.Mode.SWALLOW, DnsFaultServer.Mode.SWALLOW), "lost.lab.test"),
                c("swallow-3-servers-t2-a1",
                        "nameserver {ns1}\nnameserver {ns2}\nnameserver {ns3}\noptions timeout:2 attempts:1",
                        List.of(DnsFaultServer.Mode.SWALLOW, DnsFaultServer.Mode.SWALLOW, DnsFaultServer.Mode.SWALLOW),
                        "lost.lab.test"),
                c("swallow-then-answer-t1", "nameserver {ns1}\nnameserver {ns2}\noptions timeout:1",
                        List.of(DnsFaultServer.Mode.SWALLOW, DnsFaultServer.Mode.TABLE), "www.lab.test"),
                c("rotate", "nameserver {ns1}\nnameserver {ns2}\noptions rotate timeout:1 attempts:1",
                        List.of(DnsFaultServer.Mode.TABLE, DnsFaultServer.Mode.TABLE), "www.lab.test"),
                c("single-request-option", "nameserver {ns1}\noptions single-request",
                        List.of(DnsFaultServer.Mode.TABLE), "dual.lab.test"),
                c("use-vc", "nameserver {ns1}\noptions use-vc", List.of(DnsFaultServer.Mode.TRUNCATE), "dual.lab.test"),
                c("no-aaaa", "nameserver {ns1}\noptions no-aaaa", List.of(DnsFaultServer.Mode.TABLE), "dual.lab.test"),
                c("search-list-ndots1", "nameserver {ns1}\nsearch corp.test lab.test",
                        List.of(DnsFaultServer.Mode.TABLE), "short"),
                c("search-list-dotted-name", "nameserver {ns1}\nsearch corp.test\noptions ndots:2",
                        List.of(DnsFaultServer.Mode.TABLE), "www.lab.test"),
                new Case("res-options-env", "nameserver {ns1}\noptions timeout:5 attempts:2",
                        List.of(DnsFaultServer.Mode.SWALLOW), List.of("RES_OPTIONS=timeout:1 attempts:1"),
                        "lost.lab.test"),
                new Case("localdomain-env", "nameserver {ns1}\nsearch nowhere.test",
                        List.of(DnsFaultServer.Mode.TABLE), List.of("LOCALDOMAIN=corp.test"), "short"),
                c("partial-answer-single-request", "nameserver {ns1}\noptions timeout:1 attempts:2",
                        List.of(DnsFaultServer.Mode.SWALLOW_AAAA), "www.lab.test"),
                c("hosts-file-name", "nameserver {ns1}", List.of(DnsFaultServer.Mode.SWALLOW), "lab.test"),
                c("hosts-file-localhost-both-families", "nameserver {ns1}", List.of(DnsFaultServer.Mode.SWALLOW),
                        "localhost"),
                c("address-literal", "nameserver {ns1}", List.of(DnsFaultServer.Mode.SWALLOW), "127.0.0.9"),
                c("truncated-then-tcp", "nameserver {ns1}", List.of(DnsFaultServer.Mode.TRUNCATE), "dual.lab.test"),
                // broken resolv.conf files: what glibc's res_init makes of them, line by line
                c("broken-conf-garbage-lines", "junk line\nnameserver not-an-address\nnameserver {ns1}\nsearch\n"
                        + "options bogus timeout:abc attempts:2 ndots:99999\n\u0000\u00ff\nnameserver",
                        List.of(DnsFaultServer.Mode.SWALLOW), "lost.lab.test"),
                c("broken-conf-negative-attempts", "nameserver {ns1}\noptions timeout:1 attempts:-3",
                        List.of(DnsFaultServer.Mode.SWALLOW), "lost.lab.test"),
                c("broken-conf-zero-timeout", "nameserver {ns1}\noptions timeout:0 attempts:0",
                        List.of(DnsFaultServer.Mode.SWALLOW), "lost.lab.test"),
                c("broken-conf-huge-values", "nameserver {ns1}\noptions timeout:99999999999 attempts:1000 ndots:-1",
                        List.of(DnsFaultServer.Mode.TABLE), "www.lab.test"),
                c("broken-conf-no-nameserver", "search lab.test\noptions timeout:1 attempts:1",
                        List.of(DnsFaultServer.Mode.TABLE), "www"),
                // answers slower than one try, faster than the schedule: glibc keeps each server's socket
                // from try to try, so a reply to an earlier try's queries (the same IDs) still counts
                late("late-answer-t1-a2-1500ms", "nameserver {ns1}\noptions timeout:1 attempts:2",
                        List.of(DnsFaultServer.Mode.TABLE), 1500, "dual.lab.test"),
                late("late-answer-t1-a3-2300ms", "nameserver {ns1}\noptions timeout:1 attempts:3",
                        List.of(DnsFaultServer.Mode.TABLE), 2300, "www.lab.test"),
                // the first server's late reply waits in its socket while the second is tried, and is read
                // as soon as the next round's queries to the first have gone out
                late("late-answer-queued-2-servers", "nameserver {ns1}\nnameserver {ns2}\noptions timeout:1 attempts:2",
                        List.of(DnsFaultServer.Mode.TABLE, DnsFaultServer.Mode.SWALLOW), 1300, "www.lab.test"),
                late("late-answer-single-request", "nameserver {ns1}\noptions timeout:2 attempts:2 single-request",
                        List.of(DnsFaultServer.Mode.TABLE), 2600, "dual.lab.test"))
                .map(Arguments::of);
    }

    private static Case c(String id, String conf, List<DnsFaultServer.Mode> servers, String name) {
        return new Case(id, conf, servers, List.of(), name);
    }

    private static Case late(String id, String conf, List<DnsFaultServer.Mode> servers, long delayMillis, String name) {
        return new Case(id, conf, servers, List.of(), name, delayMillis);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesAndGivesUpAsGlibcDoes(Case k) throws Exception {
        int block = 100 + Math.abs(k.id.hashCode() % 150);
        List<DnsFaultServer> servers = new ArrayList<>();
        String conf = k.conf;
        try {
            for (int i = 0; i < k.servers.size(); i++) {
                InetAddress at = address("127.0." + block + "." + (i + 1));
                servers.add(k.start(i, at));
                conf = conf.replace("{ns" + (i + 1) + "}", at.getHostAddress());
            }
            Path resolvConf = dir.resolve("resolv.conf");
            Files.writeString(resolvConf, conf + "\n");
            Observed original = observe(servers, resolvConf, k.env, List.of("getent", "ahosts", k.name));
            Observed twin = observe(servers, resolvConf, k.env,
                    List.of(LabHome.launcher("jtwins").toString(), "resolve", k.name));
            String both = "\ngetent: " + original + "\ntwin:   " + twin;
            assertEquals(original.exit + "\n" + original.stdout, twin.exit + "\n" + twin.stdout, "answer" + both);
            // rotate starts at a random server in glibc 2.36 (measured): which one is not compared
            boolean rotate = conf.contains("rotate");
            assertEquals(original.queries(rotate), twin.queries(rotate), "queries, UDP then TCP, each in order of arrival" + both);
            for (int i = 0; i < original.offsets.size(); i++) {
                long difference = Math.abs(original.offsets.get(i) - twin.offsets.get(i));
                assertTrue(difference <= TOLERANCE_MILLIS, "query " + (i + 1) + " sent at " + original.offsets.get(i)
                        + " ms by getent, at " + twin.offsets.get(i) + " ms by the twin" + both);
            }
            if (k.servers.stream().allMatch(m -> m == DnsFaultServer.Mode.SWALLOW) && !original.offsets.isEmpty()) {
                // what `jtwins explain` predicts from resolv.conf alone is when getent gave up
                String resOptions = k.env.stream().filter(e -> e.startsWith("RES_OPTIONS="))
                        .map(e -> e.substring("RES_OPTIONS=".length())).findFirst().orElse(null);
                long predicted = jtwins.common.resolver.ResolverSchedule.of(
                        jtwins.common.resolver.ResolvConf.read(resolvConf, resOptions, null), k.name).worstCaseSeconds() * 1000;
                assertTrue(Math.abs(original.endMillis - predicted) <= TOLERANCE_MILLIS,
                        "explain predicts " + predicted + " ms, getent gave up at " + original.endMillis + " ms" + both);
            }
            if (!original.offsets.isEmpty()) {
                assertTrue(Math.abs(original.endMillis - twin.endMillis) <= TOLERANCE_MILLIS,
                        "gave up at " + original.endMillis + " ms (getent) and " + twin.endMillis + " ms (twin)" + both);
            }
        } finally {
            servers.forEach(DnsFaultServer::close);
        }
    }

    /** nc beside jnc resolving through the same servers: each getaddrinfo failure in nc's words, at nc's moment. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ncCases")
    void jncReportsEachLookupFailureAsNc(Case k) throws Exception {
        List<DnsFaultServer> servers = new ArrayList<>();
        try {
            String conf = k.conf;
            for (int i = 0; i < k.servers.size(); i++) {
                InetAddress at = address("127.0." + (50 + i) + "." + (1 + Math.abs(k.id.hashCode() % 200)));
                servers.add(k.start(i, at));
                conf = conf.replace("{ns" + (i + 1) + "}", at.getHostAddress());
            }
            Path resolvConf = dir.resolve("resolv.conf");
            Files.writeString(resolvConf, conf + "\n");
            List<String> args = List.of("-v", "-w", "1", k.name, "1");
            Observed original = observe(servers, resolvConf, k.env,
                    concat(List.of(SideBySide.original("nc").toString()), args));
            Observed twin = observe(servers, resolvConf, k.env, concat(List.of(SideBySide.twin("nc").toString()), args));
            String both = "\nnc:  " + original + "\njnc: " + twin;
            assertEquals(original.exit + "\n" + Normaliser.stderr(original.stdout, "nc", "jnc"),
                    twin.exit + "\n" + Normaliser.stderr(twin.stdout, "nc", "jnc"), "exit and messages" + both);
            assertEquals(original.queries(false), twin.queries(false), "queries" + both);
            // from exec, as a user times it: the twin's first query leaves later than nc's, its start-up
            long tolerance = Comparison.tolerance(original.elapsedMillis, FROM_EXEC_TOLERANCE_MILLIS);
            boolean fromExec = Math.abs(original.elapsedMillis - twin.elapsedMillis) <= tolerance;
            // a late answer that arrives while a try waits comes when the server sends it, counted from the
            // query it answers, which leaves the twin after its start-up: that moment is the first query's
            boolean lateAnswerFromQuery = k.firstServerDelayMillis > 0
                    && Math.abs(original.endMillis - twin.endMillis) <= TOLERANCE_MILLIS;
            assertTrue(fromExec || lateAnswerFromQuery, "give-up" + both);
        } finally {
            servers.forEach(DnsFaultServer::close);
        }
    }

    static Stream<Arguments> ncCases() {
        return Stream.of(
                c("nc-nxdomain", "nameserver {ns1}", List.of(DnsFaultServer.Mode.NXDOMAIN), "gone.lab.test"),
                c("nc-nodata", "nameserver {ns1}\noptions no-aaaa", List.of(DnsFaultServer.Mode.TABLE), "v6.lab.test"),
                c("nc-servfail", "nameserver {ns1}", List.of(DnsFaultServer.Mode.SERVFAIL), "www.lab.test"),
                c("nc-swallow-t1-a1", "nameserver {ns1}\noptions timeout:1 attempts:1",
                        List.of(DnsFaultServer.Mode.SWALLOW), "www.lab.test"),
                c("nc-answer-refused", "nameserver {ns1}", List.of(DnsFaultServer.Mode.TABLE), "dual.lab.test"),
                late("nc-late-answer-t1-a2", "nameserver {ns1}\noptions timeout:1 attempts:2",
                        List.of(DnsFaultServer.Mode.TABLE), 1400, "www.lab.test"),
                late("nc-late-answer-t2-a2-2-servers", "nameserver {ns1}\nnameserver {ns2}\noptions timeout:2 attempts:2",
                        List.of(DnsFaultServer.Mode.TABLE, DnsFaultServer.Mode.SWALLOW), 2500, "dual.lab.test"))
                .map(Arguments::of);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** glibc 2.36's rotate starts each lookup at a random server (measured: 121233211222 over 12 runs). */
    @org.junit.jupiter.api.Test
    void rotateStartsAtARandomServerAsGlibcDoes() throws Exception {
        List<DnsFaultServer> servers = new ArrayList<>();
        try {
            StringBuilder conf = new StringBuilder();
            for (int i = 1; i <= 3; i++) {
                InetAddress at = address("127.0.99." + i);
                servers.add(DnsFaultServer.start(at, 53, DnsFaultServer.Mode.TABLE, TABLE));
                conf.append("nameserver ").append(at.getHostAddress()).append('\n');
            }
            Path resolvConf = dir.resolve("resolv.conf");
            Files.writeString(resolvConf, conf + "options rotate\n");
            for (List<String> program : List.of(List.of("getent", "ahosts", "www.lab.test"),
                    List.of(LabHome.launcher("jtwins").toString(), "resolve", "www.lab.test"))) {
                java.util.Set<String> firsts = new java.util.TreeSet<>();
                for (int run = 0; run < 12; run++) {
                    Observed o = observe(servers, resolvConf, List.of(), program);
                    assertEquals("0", o.exit, o.toString());
                    firsts.add(o.queryList.get(0).substring(0, 3));
                }
                assertTrue(firsts.size() >= 2, program.get(0) + " started at " + firsts + " only");
            }
        } finally {
            servers.forEach(DnsFaultServer::close);
        }
    }

    /** --trace names each query as it goes out and as it ends, with its server, transport and type. */
    @org.junit.jupiter.api.Test
    void traceShowsEachQuery() throws Exception {
        InetAddress at = address("127.0.98.1");
        try (DnsFaultServer server = DnsFaultServer.start(at, 53, DnsFaultServer.Mode.TRUNCATE, TABLE)) {
            Path resolvConf = dir.resolve("resolv.conf");
            Files.writeString(resolvConf, "nameserver 127.0.98.1\n");
            List<String> command = ResolvConfMount.command(resolvConf,
                    List.of(LabHome.launcher("jtwins").toString(), "resolve", "--trace", "dual.lab.test"));
            RunResult r = ProcessRun.run(command, StdinSpec.EMPTY, 20000);
            assertEquals("0", r.exitText(), r.stderr());
            for (String expected : List.of("127.0.98.1      udp A    dual.lab.test.  sent",
                    "127.0.98.1      udp AAAA dual.lab.test.  sent", "udp A    dual.lab.test.  truncated",
                    "127.0.98.1      tcp A    dual.lab.test.  sent", "tcp AAAA dual.lab.test.  NOERROR, 1 record")) {
                assertTrue(r.stderr().contains(expected), "trace has '" + expected + "':\n" + r.stderr());
            }
            assertEquals(4, server.log().size());
        }
    }

    /** What one program did: exit, stdout, the queries (server, name, type, transport), their times. */
    private record Observed(String exit, String stdout, List<String> queryList, List<Long> offsets, long endMillis,
                            long elapsedMillis) {
        String queries(boolean anyServer) {
            String all = String.join("\n", queryList);
            return anyServer ? all.replaceAll("ns\\d ", "ns? ") : all;
        }
    }

    private static Observed observe(List<DnsFaultServer> servers, Path resolvConf, List<String> env,
                                    List<String> program) throws Exception {
        int[] before = servers.stream().mapToInt(s -> s.log().size()).toArray();
        List<String> envAndProgram = new ArrayList<>(env);
        envAndProgram.addAll(program);
        List<String> command = ResolvConfMount.command(resolvConf, envAndProgram);
        long start = System.nanoTime();
        RunResult r = ProcessRun.run(command, StdinSpec.EMPTY, 60000);
        long end = start + r.elapsedMillis() * 1_000_000;
        settle(servers);
        record Arrival(long nanos, String what) {
        }
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            List<DnsFaultServer.Query> log = servers.get(i).log();
            for (DnsFaultServer.Query q : log.subList(before[i], log.size())) {
                arrivals.add(new Arrival(q.arrivedNanos(), "ns" + (i + 1) + " " + q.name() + " " + q.type() + " "
                        + q.transport()));
            }
        }
        long first = arrivals.stream().mapToLong(Arrival::nanos).min().orElse(end);
        // UDP queries in their order of arrival, then TCP ones: each transport is logged by its own
        // server thread, so their interleaving within a millisecond is the lab's, not the client's
        arrivals.sort((a, b) -> a.what.endsWith("tcp") != b.what.endsWith("tcp")
                ? (a.what.endsWith("tcp") ? 1 : -1) : Long.compare(a.nanos, b.nanos));
        return new Observed(r.exitText(), r.stdoutText() + r.stderr(),
                arrivals.stream().map(Arrival::what).collect(Collectors.toList()),
                arrivals.stream().map(a -> (a.nanos - first) / 1_000_000).collect(Collectors.toList()),
                (end - first) / 1_000_000, r.elapsedMillis());
    }

    /**
     * A query the program sent just before it exited can still be in a server's socket buffer, to be
     * logged after the run (seen on a busy machine: nc's last AAAA counted as the twin's first): the
     * logs are read once they have been still for 100 ms.
     */
    private static void settle(List<DnsFaultServer> servers) throws InterruptedException {
        int total = servers.stream().mapToInt(s -> s.log().size()).sum();
        int stillMillis = 0;
        for (int waited = 0; stillMillis < 100 && waited < 1000; waited += 20) {
            Thread.sleep(20);
            int now = servers.stream().mapToInt(s -> s.log().size()).sum();
            stillMillis = now == total ? stillMillis + 20 : 0;
            total = now;
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
