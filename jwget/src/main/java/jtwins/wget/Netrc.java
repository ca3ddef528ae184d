package jtwins.wget;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * netrc.c: ~/.netrc read once per run, as parse_netrc() reads it (machine, login, password, default,
 * macdef, quoted words with backslash escapes, # comments), and search_netrc() for a host: what the
 * command line left out of user and password.
 */
final class Netrc {
    private record Entry(String host, String account, String password) {
    }

    private final List<Entry> entries;

    private Netrc(List<Entry> entries) {
        this.entries = entries;
    }

    /** $HOME/.netrc, or none when there is no such file. */
    static Netrc load(String program, PrintStream err) {
        String home = System.getenv("HOME");
        if (home == null) {
            home = System.getProperty("user.home");
        }
        return read(program, Path.of(home, ".netrc"), err);
    }

    /** parse_netrc(): a file that is not there (or cannot be read) holds no entry. */
    static Netrc read(String program, Path path, PrintStream err) {
        if (!Files.isRegularFile(path)) {
            return new Netrc(List.of());
        }
        try {
            return new Netrc(parse(program, path.toString(), Files.readAllLines(path, StandardCharsets.ISO_8859_1), err));
        } catch (IOException e) {
            return new Netrc(List.of());
        }
    }

    private static List<Entry> parse(String program, String path, List<String> lines, PrintStream err) {
        List<Entry> out = new ArrayList<>();
        String host = null;
        String account = null;
        String password = null;
        boolean current = false;
        String last = null;
        int ln = 0;
        for (String line : lines) {
            ln++;
            int p = 0;
            while (p < line.length() && Character.isWhitespace(line.charAt(p))) {
                p++;
            }
            if ("macdef".equals(last) && p == line.length()) {
                last = null;
            }
            while (p < line.length() && !"macdef".equals(last)) {
                while (p < line.length() && Character.isWhitespace(line.charAt(p))) {
                    p++;
                }
                if (p >= line.length() || line.charAt(p) == '#') {
                    break;
                }
                boolean quoted = line.charAt(p) == '"';
                if (quoted) {
                    p++;
                }
                StringBuilder tok = new StringBuilder();
                while (p < line.length() && (quoted ? line.charAt(p) != '"' : !Character.isWhitespace(line.charAt(p)))) {
                    if (line.charAt(p) == '\\' && p + 1 < line.length()) {
                        p++;
                    }
                    tok.append(line.charAt(p++));
                }
                p++;
                String word = tok.toString();
                String premature = null;
                if (last != null) {
                    switch (last) {
                        case "login" -> {
                            if (current) {
                                account = word;
                            } else {
                                premature = "login";
                            }
                        }
                        case "machine" -> {
                            if (current && account != null) {
                                out.add(new Entry(host, account, password));
                            }
                            current = true;
                            host = word;
                            account = null;
                            password = null;
                        }
                        case "password" -> {
                            if (current) {
                                password = word;
                            } else {
                                premature = "password";
                            }
                        }
                        default -> {
                            if (!current) {
                                premature = last;
                            }
                        }
                    }
                    if (premature != null) {
                        err.println(program + ": " + path + ":" + ln + ": warning: " + Quote.of(premature)
                                + " token appears before any machine name");
                    }
                    last = null;
                    continue;
                }
                switch (word) {
                    case "account", "login", "macdef", "machine", "password", "port", "force" -> last = word;
                    case "default" -> {
                        if (current && account != null) {
                            out.add(new Entry(host, account, password));
                        }
                        current = true;
                        host = null;
                        account = null;
                        password = null;
                    }
                    default -> err.println(program + ": " + path + ":" + ln + ": unknown token \"" + word + "\"");
                }
            }
        }
        if (current && account != null) {
            out.add(new Entry(host, account, password));
        }
        return out;
    }

    /**
     * search_netrc() without the default entry (HTTP's slack_default 0): the first machine of this
     * name gives the password for the same user, or user and password when no user was given.
     */
    String[] complete(String host, String user, String password) {
        if (entries.isEmpty() || (user != null && password != null)) {
            return new String[] {user, password};
        }
        for (Entry e : entries) {
            if (e.host() != null && e.host().equalsIgnoreCase(host)) {
                if (user != null) {
                    return new String[] {user, user.equals(e.account()) ? e.password() : null};
                }
                return new String[] {e.account(), e.password() != null ? e.password() : password};
            }
        }
        return new String[] {user, password};
    }
}
