package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** utils.c's acceptable(), accdir() and sufmatch(), and has_html_suffix_p(). */
class AcceptRulesTest {
    private static AcceptRules rules(String... commandThenValue) {
        WgetSettings s = new WgetSettings();
        for (int i = 0; i < commandThenValue.length; i += 2) {
            boolean dirs = commandThenValue[i].endsWith("directories");
            s.putVector(commandThenValue[i], commandThenValue[i + 1], dirs);
        }
        return new AcceptRules(s);
    }

    @Test
    void aPatternWithoutWildcardsIsASuffixOfTheName() {
        AcceptRules r = rules("accept", "png, .css", "reject", "bad*");
        assertTrue(r.acceptable("dir/x.png"));
        assertTrue(r.acceptable("style.css"));
        assertFalse(r.acceptable("x.html"));
        assertFalse(r.acceptable("dir/bad.png"), "-R wins over -A");
        assertTrue(r.acceptable("dir/bad.png/ok.png"), "only the name after the last slash counts");
    }

    @Test
    void directoriesArePrefixesOrPatternsThatDoNotCrossSlashes() {
        AcceptRules r = rules("includedirectories", "/docs/,/a*/b", "excludedirectories", "/docs/private");
        assertTrue(r.acceptableDirectory("/docs"));
        assertTrue(r.acceptableDirectory("docs/sub"));
        assertFalse(r.acceptableDirectory("docs/private/x"));
        assertFalse(r.acceptableDirectory("docsx"));
        assertTrue(r.acceptableDirectory("ax/b"));
        assertFalse(r.acceptableDirectory("a/x/b"), "* does not match a slash in a directory");
    }

    @Test
    void domainsMatchAtALabel() {
        AcceptRules r = rules("domains", "lab.test", "excludedomains", "bad.lab.test");
        assertTrue(r.acceptableDomain("lab.test"));
        assertTrue(r.acceptableDomain("www.LAB.test"));
        assertFalse(r.acceptableDomain("xlab.test"));
        assertFalse(r.acceptableDomain("a.bad.lab.test"));
    }

    @Test
    void htmlSuffixes() {
        assertTrue(AcceptRules.hasHtmlSuffix("a.HTM"));
        assertTrue(AcceptRules.hasHtmlSuffix("a.shtml"));
        assertFalse(AcceptRules.hasHtmlSuffix("a.html/b"));
        assertFalse(AcceptRules.hasHtmlSuffix("html"));
    }
}
