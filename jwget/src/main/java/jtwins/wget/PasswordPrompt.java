package jtwins.wget;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;

/**
 * --ask-password: prompt_for_password() and gnulib's getpass(). The prompt goes to stderr; the
 * password is one line from the controlling terminal with echo off, or, with no terminal to open,
 * from standard input; the line's newline is not part of it.
 */
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /** The password typed; empty when nothing was (wget then exits with status 1). */
    static String ask(PrintStream err, String user) throws IOException {
        err.print(user != null ? "Password for user " + Quote.of(user) + ": " : "Password: ");
        err.flush();
        if (!terminal()) {
            return line(new FileInputStream(FileDescriptor.in));
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("");
            return typed == null ? "" : new String(typed);
        }
        // standard input is redirected but a terminal is there: getpass() reads the terminal; the JDK
        // can only turn echo off on a console, so here it stays on
        try (InputStream tty = new FileInputStream("/dev/tty")) {
            return line(tty);
        }
    }

    /** fopen("/dev/tty", "w+"): there is a controlling terminal. */
    private static boolean terminal() {
        try (RandomAccessFile tty = new RandomAccessFile("/dev/tty", "rw")) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** getline(): up to and without the newline; what came before an end of input. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
