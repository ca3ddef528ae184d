package jtwins.wget;

/**
 * spider.c: the URLs --spider found missing (robots.txt aside), and print_broken_links() at the end
 * of a recursive spider run, in the order wget's hash table holds them.
 */
final class BrokenLinks {
    private final WgetHashOrder urls = new WgetHashOrder();

    /** nonexisting_url(), with url_string(u, URL_AUTH_HIDE_PASSWD). */
    void nonexisting(WgetUrl u) {
        if (u.path().equals("robots.txt") && u.query() == null) {
            return;
        }
        urls.add(u.printed());
    }

    void print(WgetLog log) {
        if (urls.size() == 0) {
            log.notQuiet("Found no broken links.\n\n");
            return;
        }
        int n = urls.size();
        StringBuilder out = new StringBuilder(n == 1 ? "Found 1 broken link.\n\n" : "Found " + n + " broken links.\n\n");
        for (String url : urls.inOrder()) {
            out.append(url).append('\n');
        }
        log.notQuiet(out.append('\n').toString());
    }
}
