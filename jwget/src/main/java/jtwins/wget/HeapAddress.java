package jtwins.wget;

/**
 * What --debug prints for a pointer (host.c's address lists): wget prints the malloc() address, which
 * differs from run to run; the twin gives each object a made-up one in the same form.
 */
final class HeapAddress {
    private static long next = 0x5555_5a2f_3b20L;

    private final long value;

    HeapAddress() {
        value = next;
        next += 0x60;
    }

    /**
     * "0x%0*lx" with PTR_FORMAT: sixteen digits on a 64-bit machine. Built by hand: every lookup's
     * debug line is made, shown or not, and String.format() costs a cold JVM its regex engine.
     */
    String padded() {
        String digits = Long.toHexString(value);
        return "0x" + "0".repeat(16 - digits.length()) + digits;
    }

    /** "%p". */
    String plain() {
        return "0x" + Long.toHexString(value);
    }
}
