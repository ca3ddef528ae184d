package jtwins.rsync;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** rsync's other options, read from its --help text: known to rsync, not implemented by this twin. */
final class RsyncOptionNames {
    private static final Pattern LONG = Pattern.compile("--([a-z0-9][a-z0-9-]*)");
    private static final Pattern SHORT = Pattern.compile("(?m)(?:^|, )-([A-Za-z0-9@])\\b");

    private RsyncOptionNames() {
    }

    static boolean known(String name) {
        String help = RsyncCommandLine.help();
        String options = help.substring(help.indexOf("\nOptions\n"));
        Matcher m = (name.length() == 1 ? SHORT : LONG).matcher(options);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return true;
            }
        }
        // --no-OPTION turns off an option rsync has (--no-such-option is unknown to it), and the
        // daemon's own options are rsync's too
        return name.startsWith("no-") && known(name.substring(3)) || name.equals("daemon");
    }
}
