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

    /** append_uri_pathel(): one path element of the URL (escaped form) as a file name. */
    static String pathElement(WgetSettings s, String escaped) {
        String raw = PercentCoding.decode(escaped);
        if (raw.equals("..")) {
            raw = "%2E%2E";
        }
        boolean win = windows(s);
        boolean vms = "vms".equals(s.string("restrictos"));
        boolean ctrl = s.given("restrictctrl") == null || s.bool("restrictctrl");
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            // url.c's filechr_table: U for unix, W for windows, V for vms, C for control
            boolean control = c < 32 || c == 127;
            boolean quote = c == '/' || c == 0
                    || (win && "\\|:?\"*<>".indexOf(c) >= 0)
                    || (vms && (c == '*' || c == '?' || c < 32))
                    || (ctrl && control)
                    || (s.bool("restrictascii") && c > 127);
            if (quote) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                out.append((char) c);
            }
        }
        String name = new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        String letterCase = s.string("restrictcase");
        if ("lowercase".equals(letterCase)) {
            name = name.toLowerCase(java.util.Locale.ROOT);
        } else if ("uppercase".equals(letterCase)) {
            name = name.toUpperCase(java.util.Locale.ROOT);
        }
        return name;
    }
}
