package jtwins.lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One program run under {@code strace -f -e trace=%net}, as Debian's netcat checks watch nc: the
 * network calls of every thread, in order, with each thread's exit. Read while it runs (a listener's
 * bind()), then ended: the program and strace are both processes this run started, stopped by PID.
 */
final class NetCallTrace implements AutoCloseable {
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\s+(.*)$");
    private static final Pattern SOCKET = Pattern.compile("^socket\\(.*\\) = (\\d+)$");

    /** One line of the trace: the thread that made it and what strace printed. */
    record Call(int tid, String text) {
        boolean isExit() {
            return text.startsWith("+++ exited");
        }

        boolean on(int fd) {
            return text.matches("^[a-z0-9_]+\\(" + fd + ",.*");
        }

        String name() {
            int paren = text.indexOf('(');
            return paren < 0 ? text : text.substring(0, paren);
        }
    }

    private final Process process;
    private final Path log;
    private final Thread feeder;

    private NetCallTrace(Process process, Path log, Thread feeder) {
        this.process = process;
        this.log = log;
        this.feeder = feeder;
    }

    static NetCallTrace start(Path program, List<String> args, Path workDir, StdinSpec stdin) throws IOException {
        Path log = Files.createTempFile("jtwins-nettrace", ".log");
        List<String> command = new ArrayList<>(List.of(SideBySide.original("strace").toString(), "-f", "-q",
                "-o", log.toString(), "-e", "trace=%net", program.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = new Thread(() -> feed(p, stdin), "trace-stdin");
        feeder.setDaemon(true);
        feeder.start();
        return new NetCallTrace(p, log, feeder);
    }

    private static void feed(Process p, StdinSpec stdin) {
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.bytes());
            in.flush();
            if (stdin.keepOpenMillis() > 0) {
                p.waitFor(stdin.keepOpenMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException | InterruptedException e) {
            // the program went first
        }
    }

    /** The calls so far, every thread's, in strace's order. */
    List<Call> calls() throws IOException {
        List<Call> calls = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                calls.add(new Call(Integer.parseInt(m.group(1)), m.group(2).trim()));
            }
        }
        return calls;
    }

    /** Waits (up to the limit) for a call whose text matches, and returns it; null if none came. */
    Call await(Pattern wanted, long limitMillis) throws IOException, InterruptedException {
        long end = System.nanoTime() + limitMillis * 1_000_000L;
        while (System.nanoTime() < end) {
            for (Call c : calls()) {
                if (wanted.matcher(c.text()).find()) {
                    return c;
                }
            }
            Thread.sleep(10);
        }
        return null;
    }

    /** Waits for the program's own end (strace ends with it); false if it had to be stopped. */
    boolean awaitExit(long limitMillis) throws InterruptedException {
        return process.waitFor(limitMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * The calls made on the socket that makes the call matching {@code anchor} (a connect() or bind()
     * of the program's own), from the socket() that opened it on: what the program asked of its
     * socket, apart from the JDK's probes on sockets of their own.
     */
    List<Call> onSocketOf(Pattern anchor) throws IOException {
        List<Call> all = calls();
        int at = -1;
        for (int i = 0; i < all.size() && at < 0; i++) {
            if (anchor.matcher(all.get(i).text()).find()) {
                at = i;
            }
        }
        if (at < 0) {
            return List.of();
        }
        Call anchorCall = all.get(at);
        int fd = Integer.parseInt(anchorCall.text().replaceFirst("^[a-z0-9_]+\\((\\d+),.*", "$1"));
        int opened = 0;
        for (int i = at; i >= 0; i--) {
            Matcher s = SOCKET.matcher(all.get(i).text());
            if (all.get(i).tid() == anchorCall.tid() && s.matches() && Integer.parseInt(s.group(1)) == fd) {
                opened = i;
                break;
            }
        }
        List<Call> mine = new ArrayList<>();
        for (int i = opened; i < all.size(); i++) {
            Call c = all.get(i);
            if (c.tid() == anchorCall.tid() && (c.on(fd) || i == opened)) {
                mine.add(c);
            }
        }
        return mine;
    }

    @Override
    public void close() throws IOException {
        try {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.waitFor(2, TimeUnit.SECONDS);
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
            }
            feeder.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
