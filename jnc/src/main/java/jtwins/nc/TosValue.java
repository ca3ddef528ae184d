package jtwins.nc;

import java.util.Map;
import jtwins.common.Failure;
import jtwins.common.options.Strtonum;

/** -T: a DiffServ or TOS keyword, 0x-hex, or a number 0-255, as nc's process_tos_opt() reads it. */
final class TosValue {
    private static final Map<String, Integer> KEYWORDS = Map.ofEntries(
            Map.entry("af11", 0x28), Map.entry("af12", 0x30), Map.entry("af13", 0x38),
            Map.entry("af21", 0x48), Map.entry("af22", 0x50), Map.entry("af23", 0x58),
            Map.entry("af31", 0x68), Map.entry("af32", 0x70), Map.entry("af33", 0x78),
            Map.entry("af41", 0x88), Map.entry("af42", 0x90), Map.entry("af43", 0x98),
            Map.entry("critical", 0xa0), Map.entry("cs0", 0x00), Map.entry("cs1", 0x20),
            Map.entry("cs2", 0x40), Map.entry("cs3", 0x60), Map.entry("cs4", 0x80),
            Map.entry("cs5", 0xa0), Map.entry("cs6", 0xc0), Map.entry("cs7", 0xe0),
            Map.entry("ef", 0xb8), Map.entry("inetcontrol", 0xc0), Map.entry("lowcost", 0x02),
            Map.entry("lowdelay", 0x10), Map.entry("netcontrol", 0xe0), Map.entry("reliability", 0x04),
            Map.entry("throughput", 0x08));

    private TosValue() {
    }

    static int parse(String text) {
        Integer keyword = KEYWORDS.get(text);
        if (keyword != null) {
            return keyword;
        }
        long value;
        if (text.length() > 1 && text.startsWith("0x")) {
            try {
                value = Long.parseLong(text.substring(2), 16);
            } catch (NumberFormatException e) {
                value = -1;
            }
        } else {
            Strtonum.Result r = Strtonum.parse(text, 0, 255);
            value = r.ok() ? r.value() : -1;
        }
        if (value < 0 || value > 255) {
            throw Failure.errx(1, "illegal tos value " + text);
        }
        return (int) value;
    }
}
