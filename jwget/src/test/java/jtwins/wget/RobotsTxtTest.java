package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** res.c's reading of robots.txt and its matching of a path (without its leading slash). */
class RobotsTxtTest {
    private final WgetLog log = QuietLog.open();

    @Test
    void theStarRecordAppliesUnlessWgetHasItsOwn() {
        RobotsTxt star = RobotsTxt.parse("User-agent: *\nDisallow: /private/\n", log);
        assertFalse(star.allows("private/x.html", log));
        assertTrue(star.allows("public/x.html", log));
        RobotsTxt own = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: google\nUser-agent: Wget\n"
                + "Disallow: /cgi-bin # scripts\n", log);
        assertTrue(own.allows("index.html", log), "wget's own record replaces the star's");
        assertFalse(own.allows("cgi-bin/x", log));
    }

    @Test
    void theFirstMatchingRuleDecidesAndAnEmptyDisallowAllows() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nAllow: /a/open\nDisallow: /a\n", log);
        assertTrue(r.allows("a/open/x", log));
        assertFalse(r.allows("a/closed", log));
        assertTrue(RobotsTxt.parse("User-agent: *\nDisallow:\n", log).allows("anything", log));
    }

    @Test
    void escapesAreComparedDecodedButNotASlash() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /%7Euser\nDisallow: /a%2Fb\n", log);
        assertFalse(r.allows("~user/x", log));
        assertTrue(r.allows("a/b", log), "%2F is not a slash");
        assertFalse(r.allows("a%2Fb", log));
    }

    @Test
    void malformedLinesAndOtherAgentsAreIgnored() {
        RobotsTxt r = RobotsTxt.parse("Disallow /x\nUser-agent: other\nDisallow: /y\n# c\n", log);
        assertTrue(r.allows("x", log));
        assertTrue(r.allows("y", log));
    }
}
