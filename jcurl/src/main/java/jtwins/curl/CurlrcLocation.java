package jtwins.curl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** tool_findfile.c findfile(".curlrc"): the first readable one under $CURL_HOME, $XDG_CONFIG_HOME, $HOME. */
final class CurlrcLocation {
    private static final String[] HOMES = {"CURL_HOME", "XDG_CONFIG_HOME", "HOME"};

    private CurlrcLocation() {
    }

    static Path find(Map<String, String> env) {
        for (String name : HOMES) {
            String home = env.get(name);
            if (home == null || home.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(home, ".curlrc");
            if (Files.isReadable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
