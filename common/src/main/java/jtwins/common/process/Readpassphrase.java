package jtwins.common.process;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * libbsd's readpassphrase(3) with RPP_REQUIRE_TTY: prompt on the controlling terminal, read one line
 * with echo off; no terminal means no passphrase (null), never a read from stdin.
 */
public final class Readpassphrase {
    private static final File TTY = new File("/dev/tty");

    private Readpassphrase() {
    }

    /** At most size - 1 bytes, as the C buffer of that size holds; null without a terminal. */
    public static byte[] read(String prompt, int size) {
        try (FileInputStream in = new FileInputStream(TTY); FileOutputStream out = new FileOutputStream(TTY)) {
            out.write(prompt.getBytes(Charset.defaultCharset()));
            boolean echoOff = stty("-echo");
            try {
                byte[] line = new byte[size - 1];
                int length = 0;
                for (int b = in.read(); b != -1 && b != '\n' && b != '\r'; b = in.read()) {
                    if (length < line.length) {
                        line[length++] = (byte) b;
                    }
                }
                return java.util.Arrays.copyOf(line, length);
            } finally {
                if (echoOff) {
                    stty("echo");
                    out.write('\n');
                }
            }
        } catch (IOException noTerminal) {
            return null;
        }
    }

    /** tcsetattr() on the terminal, through stty(1): the JDK has no termios. */
    private static boolean stty(String setting) {
        try {
            Process p = new ProcessBuilder("stty", setting).redirectInput(TTY)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
