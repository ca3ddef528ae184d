package jtwins.wget;

import java.util.TreeSet;

/**
 * The file descriptor numbers wget's sockets get, for --debug's "Created socket N." and "Closed fd
 * N": the lowest number free, above the three standard streams and what main() holds open for the
 * whole run (the -o/-a log, the -O file).
 */
final class Descriptors {
    private final int first;
    private final TreeSet<Integer> open = new TreeSet<>();

    Descriptors(int heldForTheRun) {
        this.first = 3 + heldForTheRun;
    }

    /** socket(): the lowest free number. */
    int take() {
        int fd = first;
        while (open.contains(fd)) {
            fd++;
        }
        open.add(fd);
        return fd;
    }

    void release(int fd) {
        open.remove(fd);
    }
}
