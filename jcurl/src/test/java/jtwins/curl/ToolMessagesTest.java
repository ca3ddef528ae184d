package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** tool_msgs.c's wrapping and tool_parsecfg.c's line rules, as curl 7.88.1 prints and reads them. */
class ToolMessagesTest {
    @Test
    void warningsWrapAt79ColumnsCountingTheirNewline() {
        assertEquals("Warning: Problem : connection refused. Will retry in 1 seconds. 1 retries \nWarning: left.\n",
                ToolMessages.wrap("Warning: ", "Problem : connection refused. Will retry in 1 seconds. 1 retries left."));
        assertEquals("Warning: short\n", ToolMessages.wrap("Warning: ", "short"));
    }

    @Test
    void configLinesSplitAsCurlReadsThem() {
        assertEquals(new ConfigLine("url", "http://h/x", true), ConfigLine.parse("  url = http://h/x  more"));
        assertEquals(new ConfigLine("connect-timeout", "1", false), ConfigLine.parse("connect-timeout: 1"));
        assertEquals(new ConfigLine("-m", "3", false), ConfigLine.parse("-m 3"));
        assertEquals(new ConfigLine("header", "A: b\tc", false), ConfigLine.parse("header = \"A: b\\tc\""));
        assertEquals(new ConfigLine("silent", null, false), ConfigLine.parse("silent"));
        assertNull(ConfigLine.parse("# a comment"));
        assertNull(ConfigLine.parse("   "));
    }

    @Test
    void meterColumnsAreCurls() {
        assertEquals("    0", ProgressMeter.max5(0));
        assertEquals("99999", ProgressMeter.max5(99999));
        assertEquals(" 292k", ProgressMeter.max5(300000));
        assertEquals("--:--:--", ProgressMeter.time(0));
        assertEquals(" 0:00:02", ProgressMeter.time(2));
        assertEquals("99:00:00", ProgressMeter.time(99 * 3600));
        assertEquals("  5d 03h", ProgressMeter.time(5 * 86400 + 3 * 3600));
    }
}
