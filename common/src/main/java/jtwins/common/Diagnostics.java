package jtwins.common;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/** err(3)/warn(3) as the originals print them: unbuffered lines on standard error. */
public final class Diagnostics {
    private static final OutputStream STDERR = new FileOutputStream(FileDescriptor.err);

    private final String program;
    private final Charset charset;
    private OutputStream target = STDERR;

    public Diagnostics(String program) {
        this(program, Charset.defaultCharset());
    }

    /** For a twin whose text is bytes held one char each (ISO-8859-1): its lines go out as those bytes. */
    public Diagnostics(String program, Charset charset) {
        this.program = program;
        this.charset = charset;
    }

    /** From now on, what this prints goes there instead (curl's --stderr FILE, or stdout for -). */
    public void redirect(OutputStream to) {
        this.target = to;
    }

    /** The process's own stderr, unbuffered. */
    public static OutputStream stderrStream() {
        return STDERR;
    }

    /** Where it prints now: stderr, unless redirected. */
    public OutputStream target() {
        return target;
    }

    public String program() {
        return program;
    }

    /** warn(3): "prog: message: strerror(errno)". */
    public void warn(Errno errno, String message) {
        line(program + ": " + message + ": " + errno.text());
    }

    /** warnx(3): "prog: message". */
    public void warnx(String message) {
        line(program + ": " + message);
    }

    /** A line exactly as given. */
    public void line(String text) {
        write(text + "\n");
    }

    public void write(String text) {
        try {
            target.write(text.getBytes(charset));
        } catch (IOException ignored) {
            // stderr gone: the originals ignore fprintf's failure too
        }
    }
}
