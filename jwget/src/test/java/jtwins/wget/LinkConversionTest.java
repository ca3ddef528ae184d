package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** convert.c's helpers, and the order wget's hash table gives the files it converts and the links it reports. */
class LinkConversionTest {
    @Test
    void relativePathsAsConstructRelativeMakesThem() {
        assertEquals("bar", LinkConversion.relative("foo", "bar"));
        assertEquals("bar", LinkConversion.relative("A/foo", "A/bar"));
        assertEquals("B/bar", LinkConversion.relative("A/foo", "A/B/bar"));
        assertEquals("../Y/bar", LinkConversion.relative("A/X/foo", "A/Y/bar"));
        assertEquals("./c:d", LinkConversion.relative("foo", "c:d"), "a colon before any slash would read as a scheme");
    }

    @Test
    void htmlQuotingAndPrintDecimal() {
        assertEquals("a&amp;b&#32;&quot;&lt;&gt;", LinkConversion.htmlQuote("a&b \"<>"));
        assertEquals("0", LinkConversion.decimal(0.0004));
        assertEquals("0.001", LinkConversion.decimal(0.0007));
        assertEquals("0.04", LinkConversion.decimal(0.04));
        assertEquals("1.5", LinkConversion.decimal(1.5));
        assertEquals("12", LinkConversion.decimal(12.4));
    }

    @Test
    void hashOrderIsWgetsForTheSuitesBrokenLinks() {
        // measured: Debian's wget listed these two broken links in this order for port 37467
        WgetHashOrder set = new WgetHashOrder();
        set.add("http://localhost:37467/nonexistent");
        set.add("http://localhost:37467/againnonexistent");
        assertEquals(List.of("http://localhost:37467/againnonexistent", "http://localhost:37467/nonexistent"), set.inOrder());
    }

    @Test
    void hashOrderSurvivesGrowthAndRemoval() {
        WgetHashOrder set = new WgetHashOrder();
        for (int i = 0; i < 40; i++) {
            set.add("f" + i);
        }
        set.remove("f7");
        assertEquals(39, set.size());
        assertEquals(39, set.inOrder().size());
        for (int i = 0; i < 40; i++) {
            assertEquals(i != 7, set.contains("f" + i), "f" + i);
        }
        assertEquals(WgetHashOrder.hash("f1"), 'f' * 31L + '1');
    }
}
