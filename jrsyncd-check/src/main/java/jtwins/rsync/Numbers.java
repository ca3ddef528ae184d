package jtwins.rsync;

import java.util.Locale;

/** comma_num() and comma_dnum() in lib/compat.c: thousands separated by ',', as rsync prints numbers. */
final class Numbers {
    private Numbers() {
    }

    static String comma(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String comma(double d, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", d);
    }
}
