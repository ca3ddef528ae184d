package jtwins.curl;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The public suffix list the JDK carries for its certificate checks, read from the runtime's
 * lib/security/public_suffix_list.dat (a zip with one entry per top-level label; each line one type
 * character, ICANN or private, then a rule) and matched as the JDK's sun.security.util.DomainName
 * matches it: the rule with most labels wins, an exception ("!") wins over everything, a "*" label
 * matches any one label. Read here rather than through the JDK's class, which sits in a package the
 * launchers no longer open. Each top-level label's rules are read once.
 */
final class JdkSuffixRules {
    private static final Map<String, JdkSuffixRules> BY_TOP_LABEL = new HashMap<>();
    private static final JdkSuffixRules NONE = new JdkSuffixRules(List.of());

    private final List<String[]> rules;
    private final List<Boolean> exception;
    private final boolean hasExceptions;

    private JdkSuffixRules(List<String> lines) {
        this.rules = new ArrayList<>();
        this.exception = new ArrayList<>();
        boolean any = false;
        for (String line : lines) {
            boolean isException = line.startsWith("!");
            rules.add((isException ? line.substring(1) : line).split("\\.", -1));
            exception.add(isException);
            any |= isException;
        }
        this.hasExceptions = any;
    }

    /**
     * Where the public suffix of a lower-case name starts: 0 when the whole name is one (so it has no
     * registered domain), -1 when no rule of the list matches it or the list cannot be read.
     */
    static int suffixStart(String name) {
        String[] labels = name.split("\\.", -1);
        JdkSuffixRules rules = of(labels[labels.length - 1]);
        int possible = -1;
        int most = 0;
        for (String[] rule : rules.rules) {
            most = Math.max(most, rule.length);
        }
        for (int n = most; n >= 1; n--) {
            boolean normal = false;
            for (int i = 0; i < rules.rules.size(); i++) {
                String[] rule = rules.rules.get(i);
                if (rule.length != n || !matches(rule, labels)) {
                    continue;
                }
                if (rules.exception.get(i)) {
                    return start(labels, n - 1);
                }
                normal = true;
            }
            if (normal && possible == -1) {
                possible = start(labels, n);
                if (!rules.hasExceptions) {
                    return possible;
                }
            }
        }
        return possible;
    }

    /** The rule's labels against the name's right-most ones, "*" standing for any one label. */
    private static boolean matches(String[] rule, String[] labels) {
        if (rule.length > labels.length) {
            return false;
        }
        for (int i = 1; i <= rule.length; i++) {
            String r = rule[rule.length - i];
            if (!r.equals("*") && !r.equals(labels[labels.length - i])) {
                return false;
            }
        }
        return true;
    }

    /** The index in the dotted name where its n right-most labels begin; -1 for n under 1. */
    private static int start(String[] labels, int n) {
        if (n < 1) {
            return -1;
        }
        int at = 0;
        for (int i = 0; i < labels.length - n; i++) {
            at += labels[i].length() + 1;
        }
        return at;
    }

    private static synchronized JdkSuffixRules of(String topLabel) {
        return BY_TOP_LABEL.computeIfAbsent(topLabel, JdkSuffixRules::read);
    }

    private static JdkSuffixRules read(String topLabel) {
        Path file = Path.of(System.getProperty("java.home"), "lib", "security", "public_suffix_list.dat");
        try (ZipInputStream zip = new ZipInputStream(new FileInputStream(file.toFile()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(topLabel)) {
                    return new JdkSuffixRules(rulesOf(new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8))));
                }
            }
        } catch (IOException unreadable) {
            // as the JDK: no rules
        }
        return NONE;
    }

    /** Each line: its type character, then the rule; blank rules skipped. */
    private static List<String> rulesOf(BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int type = reader.read(); type != -1; type = reader.read()) {
            String line = reader.readLine();
            if (line == null) {
                break;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
