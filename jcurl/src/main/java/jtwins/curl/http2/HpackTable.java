package jtwins.curl.http2;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * HPACK's index space (RFC 7541 section 2.3): the 61 static entries, then the dynamic table, newest
 * first, evicted oldest first as its size (each entry's name and value plus 32) passes the limit.
 */
final class HpackTable {
    static final String[][] STATIC = {
        {":authority", ""}, {":method", "GET"}, {":method", "POST"}, {":path", "/"}, {":path", "/index.html"},
        {":scheme", "http"}, {":scheme", "https"}, {":status", "200"}, {":status", "204"}, {":status", "206"},
        {":status", "304"}, {":status", "400"}, {":status", "404"}, {":status", "500"}, {"accept-charset", ""},
        {"accept-encoding", "gzip, deflate"}, {"accept-language", ""}, {"accept-ranges", ""}, {"accept", ""},
        {"access-control-allow-origin", ""}, {"age", ""}, {"allow", ""}, {"authorization", ""},
        {"cache-control", ""}, {"content-disposition", ""}, {"content-encoding", ""}, {"content-language", ""},
        {"content-length", ""}, {"content-location", ""}, {"content-range", ""}, {"content-type", ""},
        {"cookie", ""}, {"date", ""}, {"etag", ""}, {"expect", ""}, {"expires", ""}, {"from", ""}, {"host", ""},
        {"if-match", ""}, {"if-modified-since", ""}, {"if-none-match", ""}, {"if-range", ""},
        {"if-unmodified-since", ""}, {"last-modified", ""}, {"link", ""}, {"location", ""}, {"max-forwards", ""},
        {"proxy-authenticate", ""}, {"proxy-authorization", ""}, {"range", ""}, {"referer", ""}, {"refresh", ""},
        {"retry-after", ""}, {"server", ""}, {"set-cookie", ""}, {"strict-transport-security", ""},
        {"transfer-encoding", ""}, {"user-agent", ""}, {"vary", ""}, {"via", ""}, {"www-authenticate", ""},
    };
    private static final int ENTRY_OVERHEAD = 32;

    private final Deque<String[]> dynamic = new ArrayDeque<>();
    private int size;
    private int maxSize;

    HpackTable(int maxSize) {
        this.maxSize = maxSize;
    }

    /** The entry at a 1-based index, or null where none is. */
    String[] get(int index) {
        if (index >= 1 && index <= STATIC.length) {
            return STATIC[index - 1];
        }
        int at = index - STATIC.length - 1;
        if (at < 0 || at >= dynamic.size()) {
            return null;
        }
        for (String[] e : dynamic) {
            if (at-- == 0) {
                return e;
            }
        }
        return null;
    }

    void add(String name, String value) {
        int entry = name.length() + value.length() + ENTRY_OVERHEAD;
        size += entry;
        dynamic.addFirst(new String[] {name, value});
        evict();
        if (entry > maxSize) {
            // section 4.4: an entry larger than the table empties it and is not kept
            dynamic.clear();
            size = 0;
        }
    }

    void resize(int max) {
        maxSize = max;
        evict();
    }

    private void evict() {
        while (size > maxSize && !dynamic.isEmpty()) {
            String[] old = dynamic.removeLast();
            size -= old[0].length() + old[1].length() + ENTRY_OVERHEAD;
        }
    }

    /** The static index whose name is this one, or 0. */
    static int staticName(String name) {
        for (int i = 0; i < STATIC.length; i++) {
            if (STATIC[i][0].equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The static index holding exactly this name and value, or 0. */
    static int staticEntry(String name, String value) {
        for (int i = 0; i < STATIC.length; i++) {
            if (STATIC[i][0].equals(name) && STATIC[i][1].equals(value)) {
                return i + 1;
            }
        }
        return 0;
    }
}
