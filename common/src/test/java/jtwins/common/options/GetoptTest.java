package jtwins.common.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GetoptTest {
    private final Getopt getopt = new Getopt("46vzw:q:");

    @Test
    void clusteredFlagsWithAnAttachedValue() throws Exception {
        Getopt.Parsed p = getopt.parse("nc", new String[] {"-vzw2", "host", "80"});
        assertEquals(List.of(new Getopt.Found('v', null), new Getopt.Found('z', null), new Getopt.Found('w', "2")),
                p.options());
        assertEquals(List.of("host", "80"), p.operands());
    }

    @Test
    void optionsAfterOperandsArePermutedAndDoubleDashEndsOptions() throws Exception {
        Getopt.Parsed p = getopt.parse("nc", new String[] {"host", "-w", "3", "--", "-v"});
        assertEquals(List.of(new Getopt.Found('w', "3")), p.options());
        assertEquals(List.of("host", "-v"), p.operands());
    }

    @Test
    void errorsNameArgv0AsGiven() {
        Getopt.UsageError bad = assertThrows(Getopt.UsageError.class,
                () -> getopt.parse("/usr/bin/nc", new String[] {"-vj"}));
        assertEquals("/usr/bin/nc: invalid option -- 'j'", bad.getMessage());
        Getopt.UsageError missing = assertThrows(Getopt.UsageError.class,
                () -> getopt.parse("nc", new String[] {"host", "80", "-w"}));
        assertEquals("nc: option requires an argument -- 'w'", missing.getMessage());
    }

    @Test
    void aValueIsCheckedBeforeALaterBadOption() {
        List<Character> seen = new java.util.ArrayList<>();
        assertThrows(IllegalStateException.class, () -> getopt.parse("nc", new String[] {"-w", "x", "-j"}, f -> {
            seen.add(f.letter());
            throw new IllegalStateException("bad value");
        }));
        assertEquals(List.of('w'), seen);
    }
}
