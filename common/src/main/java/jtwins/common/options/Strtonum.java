package jtwins.common.options;

/**
 * libbsd's strtonum(3), which the BSD originals use for every number: strtoll() in base 10 over the
 * whole string, then a range check; its error string is "invalid", "too small" or "too large".
 */
public final class Strtonum {
    /** The value, or the error string strtonum() would set. */
    public record Result(long value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private Strtonum() {
    }

    public static Result parse(String text, long min, long max) {
        if (min > max) {
            return new Result(0, "invalid");
        }
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        java.math.BigInteger value = java.math.BigInteger.ZERO;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = value.multiply(java.math.BigInteger.TEN).add(java.math.BigInteger.valueOf(text.charAt(i) - '0'));
            i++;
        }
        if (i == digitsStart || i != n) {
            return new Result(0, "invalid");
        }
        if (negative) {
            value = value.negate();
        }
        // strtoll() saturates with ERANGE, which strtonum() reports as too small/too large
        if (value.compareTo(java.math.BigInteger.valueOf(min)) < 0) {
            return new Result(0, "too small");
        }
        if (value.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            return new Result(0, "too large");
        }
        return new Result(value.longValue(), null);
    }
}
