package jtwins.curl;

import java.io.File;
import java.nio.file.Path;
import jtwins.common.process.ArgvBytes;

/**
 * A file named by the command line, a URL or a header, whose name the twin holds as bytes: the JVM
 * opens it by the name those bytes are in the locale's character set, as open(2) gets them from curl.
 */
final class LocalPath {
    private LocalPath() {
    }

    static Path of(String name) {
        return Path.of(ArgvBytes.toPlatform(name));
    }

    static File file(String name) {
        return new File(ArgvBytes.toPlatform(name));
    }

    /** The name a path ends with, back as bytes. */
    static String lastName(String name) {
        return ArgvBytes.fromPlatform(of(name).getFileName().toString());
    }
}
