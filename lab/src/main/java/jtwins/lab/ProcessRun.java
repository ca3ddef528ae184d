package jtwins.lab;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs one program as a user would: fresh working directory, a stdin script, a hang limit. */
public final class ProcessRun {
    private ProcessRun() {
    }

    public static RunResult run(List<String> command, StdinSpec stdin, long hangAfterMillis) throws IOException {
        return run(command, stdin, hangAfterMillis, Surroundings.NONE);
    }

    public static RunResult run(List<String> command, StdinSpec stdin, long hangAfterMillis, Surroundings around)
            throws IOException {
        Path work = Files.createTempDirectory("jtwins-run");
        Path out = Files.createTempFile("jtwins-out", "");
        Path err = Files.createTempFile("jtwins-err", "");
        boolean prepared = false;
        try {
            around.prepare(work);
            prepared = true;
            List<String> line = command;
            if (around.noTerminal()) {
                line = new java.util.ArrayList<>(List.of("setsid", "-w"));
                line.addAll(command);
            }
            ProcessBuilder pb = new ProcessBuilder(line)
                    .directory(work.toFile())
                    .redirectError(err.toFile());
            pb.environment().putAll(around.envFor(work));
            if (around.stdoutTo() != null) {
                pb.redirectOutput(work.resolve(around.stdoutTo()).toFile());
            } else if (around.headBytes() == 0) {
                pb.redirectOutput(out.toFile());
            }
            long start = System.nanoTime();
            Process p = pb.start();
            Thread feeder = new Thread(() -> feed(p, stdin), "stdin-feeder");
            feeder.setDaemon(true);
            feeder.start();
            Thread head = new Thread(() -> head(p, around.headBytes(), out), "head-c");
            if (around.headBytes() > 0) {
                head.setDaemon(true);
                head.start();
            }
            if (around.signal() != null) {
                Thread kill = new Thread(() -> signalLater(p, around.signal(), around.signalAfterMillis()), "kill");
                kill.setDaemon(true);
                kill.start();
            }
            boolean exited;
            try {
                exited = p.waitFor(hangAfterMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exited = false;
            }
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (!exited) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                head.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new RunResult(exited ? p.exitValue() : null, Files.readAllBytes(out), stderrText(err).replace(work.toString(), "{cwd}"),
                    listFiles(work), elapsed);
        } finally {
            if (prepared) {
                around.release(work);
            }
            deleteTree(work);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** stderr as UTF-8, or byte for byte where it is not (curl -v shows MQTT's binary packets). */
    private static String stderrText(Path err) throws IOException {
        byte[] bytes = Files.readAllBytes(err);
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private static void feed(Process p, StdinSpec stdin) {
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.bytes());
            in.flush();
            if (stdin.keepOpenMillis() < 0) {
                p.waitFor();
            } else if (stdin.keepOpenMillis() > 0) {
                p.waitFor(stdin.keepOpenMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException | InterruptedException e) {
            // the program closed its stdin or exited first
        }
    }

    /** `| head -c N`: the first N bytes of stdout kept, then the pipe's read end closed, as head exits. */
    private static void head(Process p, int bytes, Path out) {
        try (InputStream from = p.getInputStream()) {
            Files.write(out, from.readNBytes(bytes));
        } catch (IOException e) {
            // the program closed its stdout first
        }
    }

    /** kill -SIGNAL after a while, unless the program has ended by then. */
    private static void signalLater(Process p, String signal, long afterMillis) {
        try {
            if (!p.waitFor(afterMillis, TimeUnit.MILLISECONDS)) {
                new ProcessBuilder("kill", "-s", signal, Long.toString(p.pid())).inheritIO().start().waitFor();
            }
        } catch (IOException | InterruptedException e) {
            // the run ends without the signal, and the comparison shows it
        }
    }

    private static String sizeOf(Path p) {
        try {
            return Files.isRegularFile(p) ? " (" + Files.size(p) + " bytes)" : "/";
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> listFiles(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            // a file's size is part of what is left behind: a partial download must stay as long as the original's
            s.filter(p -> !p.equals(dir)).forEach(p -> names.add(dir.relativize(p) + sizeOf(p)));
        }
        names.sort(null);
        return names;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
