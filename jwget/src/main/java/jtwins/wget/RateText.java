package jtwins.wget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How wget prints sizes, rates and durations (retr.c calc_rate/retr_rate, utils.c human_readable,
 * print_decimal, progress.c eta_to_human_short, main.c secs_to_human_time), with printf's rounding:
 * the exact binary value, ties to even.
 */
final class RateText {
    private static final String[] RATE_NAMES = {"B/s", "KB/s", "MB/s", "GB/s"};
    private static final String[] RATE_NAMES_BITS = {"b/s", "Kb/s", "Mb/s", "Gb/s"};
    private static final char[] UNIT_LETTERS = {' ', 'K', 'M', 'G'};

    private RateText() {
    }

    /** printf("%.*f", digits, value). */
    static String fixed(double value, int digits) {
        return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** calc_rate: the rate in its unit and the unit's index (B, K, M, G; powers of 1024, or 1000 for bits). */
    static double[] rate(long bytes, double secs, boolean bits) {
        if (secs == 0) {
            // wget assumes half the timer's resolution; CLOCK_MONOTONIC's is a nanosecond
            secs = 0.5e-9;
        }
        double base = bits ? 1000.0 : 1024.0;
        double r = (bits ? bytes * 8.0 : bytes) / secs;
        int unit = 0;
        if (r >= base * base * base) {
            unit = 3;
            r /= base * base * base;
        } else if (r >= base * base) {
            unit = 2;
            r /= base * base;
        } else if (r >= base) {
            unit = 1;
            r /= base;
        }
        return new double[] {r, unit};
    }

    private static int rateDigits(double r) {
        return r >= 99.95 ? 0 : r >= 9.995 ? 1 : 2;
    }

    /** retr_rate: "927 KB/s", as in "(927 KB/s)". */
    static String retrRate(long bytes, double secs, boolean bits) {
        double[] r = rate(bytes, secs, bits);
        return fixed(r[0], rateDigits(r[0])) + " " + (bits ? RATE_NAMES_BITS : RATE_NAMES)[(int) r[1]];
    }

    /** The dot display's " %4.*f%c" rate column. */
    static String dotRate(long bytes, double secs, boolean bits) {
        double[] r = rate(bytes, secs, bits);
        return " " + pad(fixed(r[0], rateDigits(r[0])), 4) + UNIT_LETTERS[(int) r[1]];
    }

    /** print_decimal: rounded from ten up, one significant digit below, "0" for almost nothing. */
    static String decimal(double number) {
        double n = Math.abs(number);
        if (n >= 9.95) {
            return fixed(number, 0);
        }
        if (n >= 0.95) {
            return fixed(number, 1);
        }
        if (n >= 0.001) {
            return significantOne(number);
        }
        if (n >= 0.0005) {
            return fixed(number, 3);
        }
        return "0";
    }

    /** printf("%.1g"): one significant digit, no trailing zeros, plain notation for these magnitudes. */
    private static String significantOne(double number) {
        BigDecimal b = new BigDecimal(number).round(new java.math.MathContext(1, RoundingMode.HALF_EVEN));
        return b.stripTrailingZeros().toPlainString();
    }

    /** human_readable(n, 10, 1): "293K", "1.2M"; plain below 1024. */
    static String human(long n) {
        return human(n, 10, 1);
    }

    /** human_readable(n, acc, decimals): below acc units, that many decimals; none above. */
    static String human(long n, int acc, int decimals) {
        char[] powers = {'K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'};
        if (n < 1024) {
            return Long.toString(n);
        }
        for (int i = 0; i < powers.length; i++) {
            if (n / 1024 < 1024 || i == powers.length - 1) {
                double val = n / 1024.0;
                return fixed(val, val < acc ? decimals : 0) + powers[i];
            }
            n /= 1024;
        }
        return Long.toString(n);
    }

    /** eta_to_human_short(secs, condensed): "5s", "2m3s", "1h20m", "3d4h". */
    static String eta(int secs, boolean condensed) {
        String space = condensed ? "" : " ";
        if (secs < 100) {
            return secs + "s";
        }
        if (secs < 100 * 60) {
            return secs / 60 + "m" + space + secs % 60 + "s";
        }
        if (secs < 48 * 3600) {
            return secs / 3600 + "h" + space + (secs / 60) % 60 + "m";
        }
        if (secs < 100 * 86400) {
            return secs / 86400 + "d" + space + (secs / 3600) % 24 + "h";
        }
        return secs / 86400 + "d";
    }

    /** secs_to_human_time: the "Total wall clock time" figure. */
    static String humanTime(double interval) {
        int secs = (int) (interval + 0.5);
        int days = secs / 86400;
        secs %= 86400;
        int hours = secs / 3600;
        secs %= 3600;
        int mins = secs / 60;
        secs %= 60;
        if (days > 0) {
            return days + "d " + hours + "h " + mins + "m " + secs + "s";
        }
        if (hours > 0) {
            return hours + "h " + mins + "m " + secs + "s";
        }
        if (mins > 0) {
            return mins + "m " + secs + "s";
        }
        return decimal(interval) + "s";
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
