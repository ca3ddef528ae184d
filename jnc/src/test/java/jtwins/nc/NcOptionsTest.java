package jtwins.nc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import jtwins.common.Failure;
import jtwins.common.options.Getopt;
import jtwins.common.options.OptionTable;
import org.junit.jupiter.api.Test;

class NcOptionsTest {
    @Test
    void theParsingOptstringIsTheAnnotatedTable() {
        assertEquals(letters(new OptionTable(NcOptions.class).optstring()), letters(NcOptions.OPTSTRING));
    }

    @Test
    void everyRowCanBeSet() {
        NcOptions o = new NcOptions();
        for (Map.Entry<Character, Boolean> e : letters(NcOptions.OPTSTRING).entrySet()) {
            o.set(new Getopt.Found(e.getKey(), e.getValue() ? "1" : null));
        }
        assertEquals("1", o.timeout);
    }

    @Test
    void valuesFailWithNcsWords() {
        assertEquals("timeout invalid: 1.5", message('w', "1.5"));
        assertEquals("timeout too small: -1", message('w', "-1"));
        assertEquals("timeout too large: 2147484", message('w', "2147484"));
        assertEquals("quit timer invalid: x", message('q', "x"));
        assertEquals("ttl is too large", message('M', "300"));
        assertEquals("illegal tos value 0x100", message('T', "0x100"));
        assertEquals("receive limit too small: 0", message('W', "0"));
        assertEquals("unsupported proxy protocol", message('X', "6"));
    }

    @Test
    void portsAsBuildPortsReadsThem() {
        assertEquals(java.util.List.of("7", "8", "9"), PortList.build(java.util.List.of("9-7"), false, false,
                jtwins.common.resolver.ServiceNames.system()));
        Failure f = assertThrows(Failure.class, () -> PortList.build(java.util.List.of("65536"), false, false,
                jtwins.common.resolver.ServiceNames.system()));
        assertEquals("nc: port number too large: 65536", f.render("nc"));
    }

    private static String message(char letter, String value) {
        Failure f = assertThrows(Failure.class, () -> new NcSettings().apply(new Getopt.Found(letter, value)));
        return f.render("nc").substring("nc: ".length());
    }

    private static Map<Character, Boolean> letters(String optstring) {
        Map<Character, Boolean> m = new TreeMap<>();
        for (int i = 0; i < optstring.length(); i++) {
            boolean value = i + 1 < optstring.length() && optstring.charAt(i + 1) == ':';
            m.put(optstring.charAt(i), value);
            if (value) {
                i++;
            }
        }
        return m;
    }
}
