package jtwins.lab;

import java.nio.charset.StandardCharsets;

/** What a scenario feeds the program's stdin, and how long the pipe stays open before EOF (-1: never). */
public record StdinSpec(byte[] bytes, long keepOpenMillis) {
    public static final StdinSpec EMPTY = new StdinSpec(new byte[0], 0);

    public static StdinSpec text(String text, long keepOpenMillis) {
        return new StdinSpec(text.getBytes(StandardCharsets.UTF_8), keepOpenMillis);
    }

    public static StdinSpec openFor(long millis) {
        return new StdinSpec(new byte[0], millis);
    }

    @Override
    public String toString() {
        String shown = new String(bytes, StandardCharsets.UTF_8).replace("\n", "\\n");
        return "'" + shown + "'" + (keepOpenMillis < 0 ? " (kept open)" : keepOpenMillis > 0 ? " (open " + keepOpenMillis + " ms)" : "");
    }
}
