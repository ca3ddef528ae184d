package jtwins.curl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * tool_findfile.c findfile(): the first readable file of the name under $CURL_HOME, $XDG_CONFIG_HOME,
 * $HOME (".curlrc", and ".ssh/known_hosts" for SCP and SFTP).
 */
final class CurlrcLocation {
    private static final String[] HOMES = {"CURL_HOME", "XDG_CONFIG_HOME", "HOME"};

    private CurlrcLocation() {
    }

    static Path find(Map<String, String> env) {
        return find(env, ".curlrc");
    }

    static Path find(Map<String, String> env, String name) {
        for (String variable : HOMES) {
            String home = env.get(variable);
            if (home == null || home.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(home, name);
            if (Files.isReadable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
