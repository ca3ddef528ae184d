package jtwins.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What surrounds a run besides its command line, for the rows where the trouble is local: files put
 * in its fresh working directory first (a partial download to resume, a broken .wgetrc), environment
 * variables ("{cwd}" in a value is that directory), its stdout read by a `head -c N` that then goes
 * away (SIGPIPE), a signal sent a while after its start, or its working directory on a tmpfs of a
 * few KiB (a full disk).
 *
 * @param headBytes  0, or how much of stdout is read before the pipe is closed
 * @param signal     null, or the signal ("TERM", "INT") sent signalAfterMillis after the start
 * @param tinyDiskKib 0, or the size of the tmpfs mounted over the working directory
 * @param stdoutTo   null, or where stdout goes instead of being captured: /dev/full, or a file
 *                   relative to the working directory (on the tiny disk, when there is one)
 * @param noTerminal run without a controlling terminal (setsid -w)
 */
public record Surroundings(Map<String, String> files, Map<String, String> env, int headBytes, String signal,
                           long signalAfterMillis, int tinyDiskKib, String stdoutTo, boolean noTerminal) {
    public static final Surroundings NONE = new Surroundings(Map.of(), Map.of(), 0, null, 0, 0, null, false);

    public static Surroundings files(String... nameThenContent) {
        return NONE.withFiles(nameThenContent);
    }

    public static Surroundings pipedToHead(int bytes) {
        return new Surroundings(Map.of(), Map.of(), bytes, null, 0, 0, null, false);
    }

    public static Surroundings signalAfter(String signal, long millis) {
        return new Surroundings(Map.of(), Map.of(), 0, signal, millis, 0, null, false);
    }

    public static Surroundings tinyDisk(int kib) {
        return new Surroundings(Map.of(), Map.of(), 0, null, 0, kib, null, false);
    }

    public static Surroundings stdoutTo(String path) {
        return new Surroundings(Map.of(), Map.of(), 0, null, 0, 0, path, false);
    }

    public Surroundings withStdoutTo(String path) {
        return new Surroundings(files, env, headBytes, signal, signalAfterMillis, tinyDiskKib, path, noTerminal);
    }

    /**
     * The same, run in a session of its own (setsid -w), without a controlling terminal: what asks
     * the terminal for a password then reads standard input, wherever the tests are run from.
     */
    public static Surroundings withoutTerminal() {
        return new Surroundings(Map.of(), Map.of(), 0, null, 0, 0, null, true);
    }

    /** These files too, in order: a name, then its content. */
    public Surroundings withFiles(String... nameThenContent) {
        Map<String, String> more = new LinkedHashMap<>(files);
        for (int i = 0; i < nameThenContent.length; i += 2) {
            more.put(nameThenContent[i], nameThenContent[i + 1]);
        }
        return new Surroundings(more, env, headBytes, signal, signalAfterMillis, tinyDiskKib, stdoutTo, noTerminal);
    }

    /** These variables too, in order: a name, then its value. */
    public Surroundings withEnv(String... nameThenValue) {
        Map<String, String> more = new LinkedHashMap<>(env);
        for (int i = 0; i < nameThenValue.length; i += 2) {
            more.put(nameThenValue[i], nameThenValue[i + 1]);
        }
        return new Surroundings(files, more, headBytes, signal, signalAfterMillis, tinyDiskKib, stdoutTo, noTerminal);
    }

    /** The working directory made ready: the tmpfs mounted, then the files written. */
    void prepare(Path work) throws IOException {
        if (tinyDiskKib > 0) {
            exec(List.of("mount", "-t", "tmpfs", "-o", "size=" + tinyDiskKib + "k", "tinydisk", work.toString()));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = work.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue().replace("{cwd}", work.toString()).getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** After the files left were listed: the tmpfs unmounted. */
    void release(Path work) throws IOException {
        if (tinyDiskKib > 0) {
            exec(List.of("umount", work.toString()));
        }
    }

    /** The same, with the far end's port in place of "{port}" in the variables' values and the files' contents. */
    public Surroundings forPort(int port) {
        Map<String, String> ported = new LinkedHashMap<>();
        env.forEach((k, v) -> ported.put(k, v.replace("{port}", Integer.toString(port))));
        Map<String, String> portedFiles = new LinkedHashMap<>();
        files.forEach((k, v) -> portedFiles.put(k, v.replace("{port}", Integer.toString(port))));
        return new Surroundings(portedFiles, ported, headBytes, signal, signalAfterMillis, tinyDiskKib, stdoutTo, noTerminal);
    }

    Map<String, String> envFor(Path work) {
        Map<String, String> out = new HashMap<>();
        env.forEach((k, v) -> out.put(k, v.replace("{cwd}", work.toString())));
        return out;
    }

    private static void exec(List<String> command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + ": " + said.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command);
        }
    }
}
