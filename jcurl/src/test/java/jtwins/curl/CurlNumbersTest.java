package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** tool_paramhlp.c's number rules, each case measured on curl 7.88.1. */
class CurlNumbersTest {
    private static ParamError refusal(ThrowingCall call) {
        return assertThrows(ParamError.Refused.class, call::run).error;
    }

    interface ThrowingCall {
        void run() throws ParamError.Refused;
    }

    @Test
    void secondsAreStrtodWithItsRanges() throws Exception {
        assertEquals(700, CurlNumbers.secondsToMillis("0.7"));
        assertEquals(500, CurlNumbers.secondsToMillis(".5"));
        assertEquals(5000, CurlNumbers.secondsToMillis("5."));
        assertEquals(1_000_000, CurlNumbers.secondsToMillis("1e3"));
        assertEquals(16_000, CurlNumbers.secondsToMillis("0x10"));
        assertEquals(2000, CurlNumbers.secondsToMillis(" 2"));
        assertEquals(ParamError.BAD_NUMERIC, refusal(() -> CurlNumbers.secondsToMillis("abc")));
        assertEquals(ParamError.BAD_NUMERIC, refusal(() -> CurlNumbers.secondsToMillis("1,5")));
        assertEquals(ParamError.BAD_NUMERIC, refusal(() -> CurlNumbers.secondsToMillis("")));
        assertEquals(ParamError.NEGATIVE_NUMERIC, refusal(() -> CurlNumbers.secondsToMillis("-1")));
        assertEquals(ParamError.NUMBER_TOO_LARGE, refusal(() -> CurlNumbers.secondsToMillis("1e400")));
        assertEquals(ParamError.NUMBER_TOO_LARGE, refusal(() -> CurlNumbers.secondsToMillis("1e-400")));
        assertEquals(ParamError.NUMBER_TOO_LARGE, refusal(() -> CurlNumbers.secondsToMillis("inf")));
    }

    @Test
    void integersAreStrtol() throws Exception {
        assertEquals(2, CurlNumbers.unsigned("+2"));
        assertEquals(2, CurlNumbers.unsigned(" 2"));
        assertEquals(ParamError.BAD_NUMERIC, refusal(() -> CurlNumbers.unsigned("1.5")));
        assertEquals(ParamError.BAD_NUMERIC, refusal(() -> CurlNumbers.unsigned("2x")));
        assertEquals(ParamError.BAD_NUMERIC, refusal(() -> CurlNumbers.unsigned("")));
        assertEquals(ParamError.NEGATIVE_NUMERIC, refusal(() -> CurlNumbers.unsigned("-1")));
        assertEquals(ParamError.NUMBER_TOO_LARGE, refusal(() -> CurlNumbers.unsigned("99999999999999999999")));
    }
}
