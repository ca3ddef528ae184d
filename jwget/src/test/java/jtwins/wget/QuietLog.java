package jtwins.wget;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A log that prints nothing (-q without -d): for tests of what is decided, not of what is said. */
final class QuietLog {
    private QuietLog() {
    }

    static WgetLog open() {
        try {
            return WgetLog.open(null, false, false, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
