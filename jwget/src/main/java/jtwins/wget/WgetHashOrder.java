package jtwins.wget;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * hash.c's string set as wget iterates it: open addressing with linear probing over a prime-sized
 * table, hash_string()'s "h * 31 + c" over signed chars, grown to the next prime past twice the
 * size at 75% full. wget prints some sets in this order ("Found N broken links", the files
 * convert_all_links() converts), so the twin keeps one to print them in the same order.
 */
class WgetHashOrder {
    private static final int[] PRIMES = {
        13, 19, 29, 41, 59, 79, 107, 149, 197, 263, 347, 457, 599, 787, 1031, 1361, 1777, 2333, 3037, 3967, 5167,
        6719, 8737, 11369, 14783, 19219, 24989, 32491, 42257, 54941, 71429, 92861, 120721, 156941, 204047, 265271,
        344857, 448321, 582821, 757693, 985003, 1280519, 1664681, 2164111, 2813353, 3657361, 4754591, 6180989,
        8035301, 10445899, 13579681, 17653589, 22949669, 29834603, 38784989, 50420551, 65546729, 85210757,
        110774011, 144006217, 187208107, 243370577, 316381771, 411296309, 534685237, 695090819, 903618083,
        1174703521, 1527114613, 1837299131, 2147483647
    };

    private String[] cells;
    private int primeOffset;
    private int count;
    private int resizeThreshold;

    /**
     * make_string_hash_table(0): room for one item. A table of keys hashed another way
     * (hash_table_new(0, hash_function, ...)) is a subclass with its own keyHash(), not a function
     * given here: a lambda on every run's path costs the start (ToolMain.Body).
     */
    WgetHashOrder() {
        cells = new String[primeSize((int) (1 + 0 / 0.75))];
        resizeThreshold = (int) (cells.length * 0.75);
    }

    private int primeSize(int size) {
        for (int i = primeOffset; i < PRIMES.length; i++) {
            if (PRIMES[i] >= size) {
                primeOffset = i + 1;
                return PRIMES[i];
            }
        }
        throw new IllegalStateException("hash table too large");
    }

    /** hash_string(): the bytes as C's signed char, summed as an unsigned int. */
    static long hash(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        if (b.length == 0) {
            return 0;
        }
        int h = b[0];
        for (int i = 1; i < b.length; i++) {
            h = (h << 5) - h + b[i];
        }
        return h & 0xffffffffL;
    }

    long keyHash(String key) {
        return hash(key);
    }

    private int find(String[] table, String key) {
        int at = (int) (keyHash(key) % table.length);
        while (table[at] != null && !table[at].equals(key)) {
            at = at == table.length - 1 ? 0 : at + 1;
        }
        return at;
    }

    boolean contains(String key) {
        return cells[find(cells, key)] != null;
    }

    /** string_set_add(): nothing when it is there already. */
    void add(String key) {
        int at = find(cells, key);
        if (cells[at] != null) {
            return;
        }
        if (count >= resizeThreshold) {
            grow();
            at = find(cells, key);
        }
        count++;
        cells[at] = key;
    }

    /** hash_table_remove(): the cells after it in its run moved back to where a lookup finds them. */
    void remove(String key) {
        int at = find(cells, key);
        if (cells[at] == null) {
            return;
        }
        cells[at] = null;
        count--;
        int c = next(at);
        while (cells[c] != null) {
            String moved = cells[c];
            cells[c] = null;
            cells[find(cells, moved)] = moved;
            c = next(c);
        }
    }

    private int next(int at) {
        return at == cells.length - 1 ? 0 : at + 1;
    }

    private void grow() {
        String[] old = cells;
        cells = new String[primeSize(old.length * 2)];
        resizeThreshold = (int) (cells.length * 0.75);
        for (String key : old) {
            if (key != null) {
                cells[find(cells, key)] = key;
            }
        }
    }

    int size() {
        return count;
    }

    /** hash_table_iterate(): the cells from the first to the last. */
    List<String> inOrder() {
        List<String> out = new ArrayList<>(count);
        for (String key : cells) {
            if (key != null) {
                out.add(key);
            }
        }
        return out;
    }
}
