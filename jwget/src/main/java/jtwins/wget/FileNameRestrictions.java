package jtwins.wget;

import java.nio.charset.StandardCharsets;

/**
 * --restrict-file-names (cmd_spec_restrict_file_names) and what url.c's append_uri_pathel() does with
 * it: a URL's path element, %XX-decoded, becomes a file name with the bytes that the chosen system
 * cannot hold (unix: '/' and NUL; windows: \|/:?"*<> too) and, unless "nocontrol", the control
 * characters written as %XX; then lower- or upper-cased if asked. ".." is written "%2E%2E".
 */
final class FileNameRestrictions {
    private FileNameRestrictions() {
    }

    /** Each comma-separated word sets its part; an unknown word refuses the whole value. */
    static boolean set(WgetSettings s, String val) {
        String os = s.string("restrictos") != null ? s.string("restrictos") : "unix";
        boolean ctrl = s.given("restrictctrl") == null || s.bool("restrictctrl");
        String letterCase = s.string("restrictcase");
        boolean ascii = s.bool("restrictascii");
        for (String word : val.split(",", -1)) {
            switch (word) {
                case "unix", "vms", "windows" -> os = word;
                case "lowercase", "uppercase" -> letterCase = word;
                case "nocontrol" -> ctrl = false;
                case "ascii" -> ascii = true;
                default -> {
                    return false;
                }
            }
        }
        s.put("restrictos", os);
        s.put("restrictctrl", ctrl);
        s.put("restrictcase", letterCase);
        s.put("restrictascii", ascii);
        return true;
    }

    static boolean windows(WgetSettings s) {
        return "windows".equals(s.string("restrictos"));
    }

    /**
     * append_uri_pathel(): one path element of the URL (escaped form) as a file name's bytes, one
     * char a byte; case is changed for ASCII letters only, as c_tolower() does.
     */
    static String pathElement(WgetSettings s, String escaped) {
        byte[] raw = PercentCoding.decodeToBytes(escaped);
        if (raw.length == 2 && raw[0] == '.' && raw[1] == '.') {
            raw = "%2E%2E".getBytes(StandardCharsets.ISO_8859_1);
        }
        boolean win = windows(s);
        boolean vms = "vms".equals(s.string("restrictos"));
        boolean ctrl = s.given("restrictctrl") == null || s.bool("restrictctrl");
        String letterCase = s.string("restrictcase");
        StringBuilder out = new StringBuilder();
        for (byte b : raw) {
            int c = b & 0xff;
            // url.c's filechr_table: U for unix, W for windows, V for vms, C for control
            boolean control = c < 32 || c == 127;
            boolean quote = c == '/' || c == 0
                    || (win && "\\|:?\"*<>".indexOf(c) >= 0)
                    || (vms && (c == '*' || c == '?' || c < 32))
                    || (ctrl && control)
                    || (s.bool("restrictascii") && c > 127);
            if (quote) {
                // the case change goes over what was quoted too
                String hex = "%" + Character.forDigit(c >> 4, 16) + Character.forDigit(c & 15, 16);
                out.append("lowercase".equals(letterCase) ? hex : hex.toUpperCase(java.util.Locale.ROOT));
            } else if ("lowercase".equals(letterCase) && c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if ("uppercase".equals(letterCase) && c >= 'a' && c <= 'z') {
                out.append((char) (c - 32));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
