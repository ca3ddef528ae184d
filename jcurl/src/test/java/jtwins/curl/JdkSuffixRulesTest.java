package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the running JDK's list, as names it makes (the rule itself, one label more, two more,
 * stars and exceptions filled in), answered as the JDK's RegisteredDomain answers them (reached here
 * through surefire's exports): the same public suffix, or none where the JDK has none.
 */
class JdkSuffixRulesTest {
    @Test
    void answersAsTheJdkForEveryRuleOfItsList() throws Exception {
        Method from = Class.forName("sun.security.util.RegisteredDomain").getMethod("from", String.class);
        Method suffix = Class.forName("sun.security.util.RegisteredDomain").getMethod("publicSuffix");
        List<String> names = new ArrayList<>();
        Path file = Path.of(System.getProperty("java.home"), "lib", "security", "public_suffix_list.dat");
        try (ZipInputStream zip = new ZipInputStream(new FileInputStream(file.toFile()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
                for (int type = reader.read(); type != -1; type = reader.read()) {
                    String rule = reader.readLine();
                    if (rule == null || rule.isEmpty()) {
                        continue;
                    }
                    String name = rule.replace("!", "").replace("*", "w");
                    names.add(name);
                    names.add("x." + name);
                    names.add("y.x." + name);
                }
            }
        }
        assertTrue(names.size() > 20_000, names.size() + " names");
        int compared = 0;
        for (String name : names) {
            Optional<?> jdk = (Optional<?>) from.invoke(null, name);
            int start = JdkSuffixRules.suffixStart(name);
            String mine = start > 0 ? name.substring(start) : null;
            assertEquals(jdk.isPresent() ? suffix.invoke(jdk.get()) : null, mine, name);
            compared++;
        }
        assertEquals(names.size(), compared);
    }
}
