package jtwins.curl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * lib/netrc.c parsenetrc(): "machine NAME" (or "default") then "login" and "password" tokens,
 * blank-separated, a '"' token quoted with \n \r \t escapes, "#" to the line's end a comment,
 * "macdef" skipping to an empty line. With a login already given (the URL's user) only that login's
 * password is taken.
 */
final class Netrc {
    /** What the file says for the host; found is false when the host has no entry (then login/password are as given). */
    record Entry(boolean found, String login, String password) {
    }

    /** A quoted token without its closing quote: ".netrc parser error", 26. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private Netrc() {
    }

    /** The entry for host; null when the file cannot be read. */
    static Entry lookup(Path file, String host, String givenLogin, String givenPassword) throws SyntaxError {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String login = givenLogin;
        String password = givenPassword;
        boolean specificLogin = login != null && !login.isEmpty();
        boolean found = false;
        int state = 0; // 0 nothing, 1 macdef, 2 host found (a name comes), 3 host valid
        boolean wantLogin = false;
        boolean wantPassword = false;
        boolean ourLogin = true;
        for (String line : text.split("\n", -1)) {
            if (state == 1) {
                if (line.isEmpty() || line.startsWith("\r")) {
                    state = 0;
                }
                continue;
            }
            String rest = line + "\n";
            int p = 0;
            while (p < rest.length()) {
                while (p < rest.length() && (rest.charAt(p) == ' ' || rest.charAt(p) == '\t')) {
                    p++;
                }
                if (p >= rest.length() || rest.charAt(p) == '#' || rest.charAt(p) == '\n') {
                    break;
                }
                StringBuilder tok = new StringBuilder();
                if (rest.charAt(p) != '"') {
                    while (p < rest.length() && !Character.isWhitespace(rest.charAt(p))) {
                        tok.append(rest.charAt(p++));
                    }
                } else {
                    p++;
                    boolean escape = false;
                    boolean endQuote = false;
                    while (p < rest.length()) {
                        char c = rest.charAt(p++);
                        if (escape) {
                            escape = false;
                            c = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
                        } else if (c == '\\') {
                            escape = true;
                            continue;
                        } else if (c == '"') {
                            endQuote = true;
                            break;
                        }
                        tok.append(c);
                    }
                    if (escape || !endQuote) {
                        throw new SyntaxError();
                    }
                }
                p++;
                if (login != null && !login.isEmpty() && password != null && !password.isEmpty()) {
                    return new Entry(found, login, password);
                }
                String t = tok.toString();
                switch (state) {
                    case 0 -> {
                        if (t.equalsIgnoreCase("macdef")) {
                            state = 1;
                        } else if (t.equalsIgnoreCase("machine")) {
                            state = 2;
                        } else if (t.equalsIgnoreCase("default")) {
                            state = 3;
                            found = true;
                        }
                    }
                    case 2 -> {
                        if (t.equalsIgnoreCase(host)) {
                            state = 3;
                            found = true;
                        } else {
                            state = 0;
                        }
                    }
                    case 3 -> {
                        if (wantLogin) {
                            if (specificLogin) {
                                ourLogin = login.equals(t);
                            } else {
                                login = t;
                            }
                            wantLogin = false;
                        } else if (wantPassword) {
                            if (ourLogin || !specificLogin) {
                                password = t;
                            }
                            wantPassword = false;
                        } else if (t.equalsIgnoreCase("login")) {
                            wantLogin = true;
                        } else if (t.equalsIgnoreCase("password")) {
                            wantPassword = true;
                        } else if (t.equalsIgnoreCase("machine")) {
                            state = 2;
                            ourLogin = false;
                        }
                    }
                    default -> {
                        if (t.isEmpty()) {
                            state = 0;
                        }
                    }
                }
            }
        }
        return found ? new Entry(true, login, password) : new Entry(false, givenLogin, givenPassword);
    }
}
