package jtwins.common;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A text file bundled beside a twin's class (help, version and usage texts), read straight from the
 * twin's jar. The class loader's getResourceAsStream() first asks the runtime image, then builds a
 * jar: URL and its connection: 4-5 ms of a cold JVM's classes for `wget --version`, more than the
 * rest of what it does. A ZipFile of the twin's own jar reads its central directory once more (a few
 * hundred entries: the libraries are in another jar) and the entry. Outside a jar (a module's tests
 * run from its classes folder) the class loader reads it.
 */
public final class BundledText {
    private BundledText() {
    }

    /** The file NAME in OWNER's package, as UTF-8; a missing one is the build's error, unchecked. */
    public static String read(Class<?> owner, String name) {
        String entry = owner.getPackageName().replace('.', '/') + "/" + name;
        try {
            File jar = jarOf(owner);
            if (jar != null) {
                try (ZipFile zip = new ZipFile(jar)) {
                    ZipEntry found = zip.getEntry(entry);
                    if (found != null) {
                        try (InputStream in = zip.getInputStream(found)) {
                            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    }
                }
            }
            try (InputStream in = owner.getResourceAsStream(name)) {
                if (in == null) {
                    throw new FileNotFoundException(entry);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> owner) {
        CodeSource source = owner.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !location.getProtocol().equals("file") || !location.getPath().endsWith(".jar")) {
            return null;
        }
        try {
            return new File(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
