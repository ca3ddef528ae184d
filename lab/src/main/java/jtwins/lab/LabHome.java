package jtwins.lab;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's launchers are: from -Djtwins.home, else found above the lab's own classes or jar. */
public final class LabHome {
    private LabHome() {
    }

    public static Path get() {
        String configured = System.getProperty("jtwins.home");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path here = Path.of(LabHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                if (Files.isExecutable(p.resolve("bin/lab-netns"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through
        }
        return Path.of("").toAbsolutePath();
    }

    public static Path launcher(String name) {
        return get().resolve("bin").resolve(name);
    }
}
