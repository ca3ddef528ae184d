package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jtwins.common.options.ToolManual;
import jtwins.lab.manual.ManualWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The distribution as a new user meets it: the tar.gz that package made, unpacked elsewhere, run on a
 * runtime made by bin/make-runtime (a JRE: no compiler, no JDK on the launchers' way), installed with
 * make install PREFIX=...; each twin answers as its original, its man page renders without a warning
 * and names every option, bash and a real zsh complete its options, and a script written for the
 * originals runs unchanged on the twins through bin/aliases.
 */
class DistributionTest {
    private static final List<String> NAMES = List.of("jwget", "jcurl", "jnc", "jmysqlping", "jrsyncd-check",
            "jtwins");
    private static final String VERSION = System.getProperty("jtwins.version");
    private static Path work;
    private static Path runtime;
    private static Path prefix;

    @BeforeAll
    static void unpackAndInstall() throws Exception {
        work = Files.createTempDirectory("jtwins-dist");
        runtime = work.resolve("runtime");
        Path home = LabHome.get();
        Result made = run(List.of(home.resolve("bin/make-runtime").toString(), runtime.toString()), work,
                Map.of("JAVA_HOME", System.getProperty("java.home")), 120);
        assertEquals(0, made.exit, made.output);
        prefix = work.resolve("prefix");
        Path checkout = work.resolve("checkout");
        Files.createDirectories(checkout);
        // make install from a copy of the checkout's Makefile, pom.xml and tar.gz: what a user's tree holds
        Files.copy(home.resolve("Makefile"), checkout.resolve("Makefile"));
        Files.copy(home.resolve("pom.xml"), checkout.resolve("pom.xml"));
        Files.createDirectories(checkout.resolve("dist"));
        Path tar = tarball();
        Files.copy(tar, checkout.resolve("dist").resolve(tar.getFileName()));
        Result installed = run(List.of("make", "-s", "install", "PREFIX=" + prefix), checkout,
                Map.of("JAVA_HOME", runtime.toString(), "JTWINS_NO_CDS", "1"), 120);
        assertEquals(0, installed.exit, installed.output);
    }

    @AfterAll
    static void removeWork() throws IOException {
        if (work != null) {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void tarballHoldsLaunchersJarsManPagesAndCompletionButNoClassDataArchives() throws Exception {
        Result listing = run(List.of("tar", "-tzvf", tarball().toString()), work, Map.of(), 30);
        assertEquals(0, listing.exit, listing.output);
        String top = "jtwins-" + VERSION + "/";
        Set<String> entries = listing.output.lines().map(l -> l.substring(l.indexOf(top)))
                .map(e -> e.replaceAll(" -> .*", "")).collect(Collectors.toCollection(TreeSet::new));
        for (String name : NAMES) {
            String jar = name.equals("jtwins") ? "lab" : name;
            for (String e : List.of("bin/" + name, "lib/" + jar + ".jar", "man/man1/" + name + ".1",
                    "completion/bash/" + name, "completion/zsh/_" + name)) {
                assertTrue(entries.contains(top + e), top + e + " in " + entries);
            }
        }
        for (String alias : List.of("wget", "curl", "nc", "mysqladmin", "rsync")) {
            assertTrue(listing.output.contains(top + "bin/aliases/" + alias + " -> ../j"), alias + " is a link");
        }
        assertFalse(listing.output.contains(".jsa") || listing.output.contains(".aot"), listing.output);
    }

    @Test
    void runtimeHoldsOnlyTheModulesTheTwinsUse() throws Exception {
        Result modules = run(List.of(runtime.resolve("bin/java").toString(), "--list-modules"), work, Map.of(), 30);
        Set<String> names = modules.output.lines().map(l -> l.replaceAll("@.*", "")).collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>(Set.of("java.base", "java.logging", "java.naming", "java.net.http",
                "java.security.sasl", "jdk.unsupported"));
        if (ModuleFinder.ofSystem().find("jdk.crypto.ec").isPresent()) {
            expected.add("jdk.crypto.ec");
        }
        assertEquals(expected, new TreeSet<>(names));
    }

    @Test
    void installedTwinsAnswerAsTheOriginalsOnTheRuntime() throws Exception {
        try (TcpFaultServer http = TcpFaultServer.start(HttpFaults.answer(HttpFaults.text("HTTP/1.1 200 OK",
                "hello!\n"), -1));
             TcpFaultServer https = TcpFaultServer.start(TlsFaults.answer())) {
            String url = "http://127.0.0.1:" + http.port() + "/";
            String secure = "https://127.0.0.1:" + https.port() + "/";
            String ca = TlsFaults.caFile().toString();
            List<List<String>> lines = List.of(
                    List.of("wget", "--version"), List.of("wget", "--help"), List.of("rsync", "--version"),
                    List.of("curl", "--help"), List.of("nc", "-h"), List.of("mysqladmin", "--no-defaults", "--help"),
                    List.of("wget", "-q", "-O", "-", url), List.of("wget", "-q", "--spider", url),
                    List.of("curl", "-sS", url), List.of("curl", "-sS", "--cacert", ca, secure),
                    List.of("wget", "-q", "-O", "-", "--ca-certificate=" + ca, secure),
                    List.of("nc", "-z", "127.0.0.1", Integer.toString(http.port())),
                    List.of("nc", "-z", "127.0.0.1", "1"),
                    List.of("mysqladmin", "--no-defaults", "-h", "127.0.0.1", "-P", "1", "ping"),
                    List.of("rsync", "rsync://127.0.0.1:1/"));
            for (List<String> line : lines) {
                assertNotNull(SideBySide.original(line.get(0)), line.get(0) + " is not installed");
                List<String> bare = new ArrayList<>(List.of("sh", "-c", "exec \"$0\" \"$@\""));
                bare.addAll(line);
                Result original = run(bare, work, Map.of("PATH", "/usr/bin:/bin"), 30);
                String name = SideBySide.twinName(line.get(0));
                // by its bare name through the shell's PATH lookup, as a user types it
                List<String> twin = new ArrayList<>(List.of("sh", "-c", "exec \"$0\" \"$@\"", name));
                twin.addAll(line.subList(1, line.size()));
                Result installed = run(twin, work, Map.of("PATH", prefix.resolve("bin") + ":/usr/bin:/bin",
                        "JAVA_HOME", runtime.toString()), 30);
                installed = new Result(installed.exit, installed.output.replace(name, line.get(0)));
                assertEquals(original.exit + "\n" + original.output, installed.exit + "\n" + installed.output,
                        String.join(" ", line));
            }
        }
    }

    @Test
    void manPagesRenderWithoutWarningsAndNameEveryOption() throws Exception {
        for (ToolManual m : ManualWriter.manuals()) {
            Path page = prefix.resolve("share/man/man1/" + m.name() + ".1");
            Result lint = run(List.of("groff", "-man", "-ww", "-z", page.toString()), work, Map.of(), 30);
            assertEquals("0\n", lint.exit + "\n" + lint.output, m.name());
            Result shown = run(List.of("man", "-P", "cat", m.name()), work,
                    Map.of("MANPATH", prefix.resolve("share/man").toString(), "MANWIDTH", "250"), 30);
            assertEquals(0, shown.exit, shown.output);
            String text = shown.output.replaceAll(".\b", "");
            for (OptionSpec o : m.spec().options()) {
                String last = o.names()[o.names().length - 1];
                assertTrue(text.contains(last), m.name() + " " + last);
            }
            for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "SEE ALSO")) {
                assertTrue(text.contains("\n" + section + "\n"), m.name() + " " + section);
            }
        }
    }

    @Test
    void bashCompletesEachTwinsOptions() throws Exception {
        Map<String, String> cases = Map.of("jwget --read-t", "--read-timeout", "jcurl --connect-ti",
                "--connect-timeout", "jmysqlping --connect-t", "--connect-timeout", "jrsyncd-check --contim",
                "--contimeout", "jnc -", "-w", "jtwins --mark", "--markdown", "jtwins ma", "matrix",
                "jmysqlping p", "ping");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String name = c.getKey().substring(0, c.getKey().indexOf(' '));
            Path script = prefix.resolve("share/bash-completion/completions/" + name);
            String shell = ". '" + script + "'\n"
                    + "COMP_LINE='" + c.getKey() + "'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(" + c.getKey() + ")\n"
                    + "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                    + "$(complete -p " + name + " | sed 's/.* -F \\([^ ]*\\) .*/\\1/') 2>/dev/null\n"
                    + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
            Result r = run(List.of("bash", "-c", shell), work, Map.of(), 30);
            assertTrue(r.output.lines().anyMatch(c.getValue()::equals), c.getKey() + " -> " + r.output);
        }
    }

    @Test
    void zshCompletesEachTwinsOptions() throws Exception {
        Map<String, String> cases = Map.of("jwget --read-ti", "jwget --read-timeout=", "jcurl --connect-ti",
                "jcurl --connect-timeout", "jmysqlping --connect-t", "jmysqlping --connect-timeout=",
                "jrsyncd-check --contim", "jrsyncd-check --contimeout=", "jtwins ma", "jtwins matrix");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path script = work.resolve("complete.zsh");
            Files.writeString(script, String.join("\n",
                    "zmodload zsh/zpty",
                    "zpty z zsh -f -i",
                    "zpty -w z 'PS1=\"> \"; fpath=(" + prefix.resolve("share/zsh/site-functions")
                            + " $fpath); autoload -U compinit; compinit -u; print ready'",
                    "zpty -r z line '*ready*' || exit 3",
                    "zpty -w -n z $'" + c.getKey() + "\\t'",
                    "sleep 1",
                    "out=",
                    "while zpty -r -t z chunk; do out+=$chunk; done",
                    "print -r -- \"$out\"",
                    "zpty -d z", ""));
            Result r = run(List.of("zsh", "-f", script.toString()), work, Map.of(), 30);
            String seen = r.output.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replace("\r", "");
            assertTrue(seen.contains(c.getValue()), c.getKey() + " -> " + seen);
        }
    }

    @Test
    void scriptForTheOriginalsRunsUnchangedThroughTheAliases() throws Exception {
        try (TcpFaultServer http = TcpFaultServer.start(HttpFaults.answer(HttpFaults.text("HTTP/1.1 200 OK",
                "hello!\n"), -1))) {
            Path script = work.resolve("health.sh");
            Files.writeString(script, String.join("\n",
                    "#!/bin/sh",
                    "# a health check written for the originals",
                    "url=http://127.0.0.1:" + http.port() + "/",
                    "wget -q -O - \"$url\"; echo \"wget $?\"",
                    "wget -q --spider \"$url\"; echo \"wget spider $?\"",
                    "wget --bogus-option 2>&1 | head -1; echo",
                    "curl -sS \"$url\"; echo \"curl $?\"",
                    "curl -sS http://127.0.0.1:1/ 2>&1 | sed 's/after [0-9]* ms/after N ms/'",
                    "nc -z 127.0.0.1 " + http.port() + "; echo \"nc $?\"",
                    "nc -z -w 1 127.0.0.1 1; echo \"nc refused $?\"",
                    "mysqladmin --no-defaults -h 127.0.0.1 -P 1 ping 2>&1; echo \"mysqladmin $?\"",
                    "rsync rsync://127.0.0.1:1/ 2>&1 | sed 's/\\[[A-Za-z]*=[0-9.]*\\]/[V]/'", ""));
            Result originals = run(List.of("sh", script.toString()), work, Map.of("PATH", "/usr/bin:/bin"), 60);
            Path aliases = prefix.resolve("lib/jtwins/bin/aliases");
            Result twins = run(List.of("sh", script.toString()), work,
                    Map.of("PATH", aliases + ":/usr/bin:/bin", "JAVA_HOME", runtime.toString()), 60);
            assertEquals(originals.output, twins.output);
            assertTrue(originals.output.contains("wget 0") && originals.output.contains("nc refused 1"),
                    originals.output);
        }
    }

    @Test
    void dockerfileHealthChecksTellUpFromDown() throws Exception {
        String dockerfile = Files.readString(LabHome.get().resolve("examples/distroless/Dockerfile"));
        List<List<String>> checks = new ArrayList<>();
        Matcher cmd = Pattern.compile("(?m)^\\s*CMD \\[(.*)\\]$").matcher(dockerfile);
        while (cmd.find()) {
            List<String> words = new ArrayList<>();
            Matcher word = Pattern.compile("\"([^\"]*)\"").matcher(cmd.group(1));
            while (word.find()) {
                String w = word.group(1);
                words.add(w.equals("java") ? runtime.resolve("bin/java").toString()
                        : w.replace("/opt/jtwins/lib/", prefix.resolve("lib/jtwins/lib") + "/"));
            }
            checks.add(words);
        }
        assertEquals(2, checks.size(), dockerfile);
        for (List<String> check : checks) {
            boolean http = check.contains("--spider");
            int port = http ? 8080 : 5432;
            try (TcpFaultServer up = TcpFaultServer.start(port, http
                    ? HttpFaults.answer(HttpFaults.text("HTTP/1.1 200 OK", "ok\n"), -1) : TcpFaultServer.acceptThenClose())) {
                Result healthy = run(check, work, Map.of(), 30);
                assertEquals("0\n", healthy.exit + "\n" + healthy.output, String.join(" ", check));
            }
            Result unhealthy = run(check, work, Map.of(), 30);
            assertEquals((http ? 4 : 1) + "\n", unhealthy.exit + "\n" + unhealthy.output, String.join(" ", check));
        }
    }

    @Test
    void anInstallationRunsTheJdkItWasBoundToUnlessJavaHomeSaysOtherwise() throws Exception {
        Path unpacked = work.resolve("bound");
        Files.createDirectories(unpacked);
        Result untar = run(List.of("tar", "-xzf", tarball().toString(), "-C", unpacked.toString()), work, Map.of(), 60);
        assertEquals(0, untar.exit, untar.output);
        Path install = unpacked.resolve("jtwins-" + VERSION + "/bin/install-jtwins");
        // a JDK whose java notes each start, then runs the runtime's
        Path jdk = work.resolve("noting-jdk");
        Path marker = work.resolve("java-started");
        Files.createDirectories(jdk.resolve("bin"));
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + marker + "'\nexec '" + runtime.resolve("bin/java")
                + "' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Path bound = work.resolve("bound-prefix");
        Result refused = run(List.of(install.toString(), "--java", work.resolve("no-such-jdk").toString(),
                bound.toString()), work, Map.of("JAVA_HOME", "", "JTWINS_NO_CDS", "1"), 60);
        assertEquals(1, refused.exit, refused.output);
        assertTrue(refused.output.contains("install-jtwins: no JDK 17 or later in " + work.resolve("no-such-jdk")),
                refused.output);
        Result installed = run(List.of(install.toString(), "--java", jdk.toString(), bound.toString()), work,
                Map.of("JAVA_HOME", "", "JTWINS_NO_CDS", "1"), 120);
        assertEquals(0, installed.exit, installed.output);
        assertEquals(jdk + "\n", Files.readString(bound.resolve("lib/jtwins/lib/java-home")));
        Files.deleteIfExists(marker);
        Result runsBound = run(List.of(bound.resolve("bin/jcurl").toString(), "--version"), work,
                Map.of("JAVA_HOME", ""), 30);
        assertEquals(0, runsBound.exit, runsBound.output);
        assertTrue(Files.readString(marker).contains("-jar"), "the bound JDK started jcurl");
        Files.delete(marker);
        Result runsJavaHome = run(List.of(bound.resolve("bin/jcurl").toString(), "--version"), work,
                Map.of("JAVA_HOME", runtime.toString()), 30);
        assertEquals(0, runsJavaHome.exit, runsJavaHome.output);
        assertFalse(Files.exists(marker), "JAVA_HOME at run time wins over the bound JDK");
    }

    /**
     * A class-data archive names the jar it was made from; a copied tree's launcher leaves it out, as
     * an archive that does not fit would cost the JVM its own default archive too. -Xshare:on makes
     * either failure to share an error.
     */
    @Test
    void aCopiedTreeStartsWithTheJdksOwnArchiveNotOneThatNamesAnotherJar() throws Exception {
        Path home = LabHome.get();
        assertTrue(Files.isRegularFile(home.resolve("dist/jnc.jsa")), "mvn package makes dist/jnc.jsa");
        Path copy = work.resolve("copied-tree");
        Files.createDirectories(copy.resolve("dist"));
        Result copied = run(List.of("sh", "-c", "cp -a bin '" + copy + "/' && cp -a dist/jnc.jar dist/jnc.jsa "
                + "dist/jnc.cds-java dist/lib dist/native '" + copy + "/dist/'"), home, Map.of(), 60);
        assertEquals(0, copied.exit, copied.output);
        for (Path tree : List.of(home, copy)) {
            Result help = run(List.of(tree.resolve("bin/jnc").toString(), "-h"), work,
                    Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on", "JTWINS_NO_CDS", ""), 30);
            assertEquals(0, help.exit, tree + ": " + help.output);
            assertTrue(help.output.contains("usage: nc"), tree + ": " + help.output);
        }
    }

    /** The tar.gz package made for this build's version. */
    private static Path tarball() {
        Path tar = LabHome.get().resolve("dist/jtwins-" + VERSION + ".tar.gz");
        assertTrue(Files.isRegularFile(tar), tar + " (mvn package makes it)");
        return tar;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Path cwd, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        // an empty value unsets the variable
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not end in " + seconds + " s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
