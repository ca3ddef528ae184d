package jtwins.lab;

import java.util.List;

/**
 * wget's recursion rows: the same small site (SiteFaults) taken with -r, -l, -np, -nH, -nd,
 * --cut-dirs, -A/-R and the regexes, -I/-X, -D/-H, --spider, -k/-K/-E, -p, robots.txt, --wait, the
 * rejected log and --delete-after. What each leaves behind (names and sizes) is compared with the
 * rest; each page of a recursion is under the same timers as a single retrieval.
 */
final class WgetRecursionScenarios {
    private static final long HANG = 20000;

    private WgetRecursionScenarios() {
    }

    private static Scenario wget(String id, String title, String... args) {
        return new Scenario(id, "wget", title, List.of(args), Fault.HTTP_SITE, StdinSpec.EMPTY, HANG);
    }

    private static Scenario wget(String id, String title, Surroundings around, String... args) {
        return new Scenario(id, "wget", title, List.of(args), Fault.HTTP_SITE, StdinSpec.EMPTY, HANG, around);
    }

    static List<Scenario> all() {
        return List.of(
                wget("wget-r", "-r: host:port directory, breadth first, robots.txt first, every kind of link",
                        "-r", "http://127.0.0.1:{port}/"),
                wget("wget-r-nv", "-r -nv: one line a file, the FINISHED lines", "-r", "-nv", "http://127.0.0.1:{port}/"),
                wget("wget-r-l1-np-nH", "-r -l 1 -np -nH from a subdirectory", "-r", "-l", "1", "-np", "-nH",
                        "http://127.0.0.1:{port}/docs/a.html"),
                wget("wget-r-nd-accept", "-r -nd -A png,css: pages read for links, then removed as rejected",
                        "-r", "-nd", "-A", "png,css", "http://127.0.0.1:{port}/"),
                wget("wget-r-reject-regex-X", "-r -nH --reject-regex -X /img: neither fetched",
                        "-r", "-nH", "--reject-regex", "b\\.html", "-X", "/img", "http://127.0.0.1:{port}/"),
                wget("wget-r-include", "-r -nH -I /docs: only its pages, the start page aside",
                        "-r", "-nH", "-I", "/docs", "http://127.0.0.1:{port}/"),
                wget("wget-r-span-hosts", "-r -H -D lab.test -l 1: the other name of the same server followed",
                        "-r", "-H", "-D", "lab.test", "-l", "1", "-nv", "http://127.0.0.1:{port}/"),
                wget("wget-spider-r", "--spider -r: HEAD then GET for pages, the broken links in wget's order",
                        "--spider", "-r", "http://127.0.0.1:{port}/"),
                wget("wget-r-convert", "-r -nH -k -K -E -l 2: links made relative or complete, .orig kept",
                        "-r", "-nH", "-k", "-K", "-E", "-l", "2", "http://127.0.0.1:{port}/"),
                wget("wget-p", "-p -nH: the page and what it needs, CSS imports included",
                        "-p", "-nH", "http://127.0.0.1:{port}/"),
                wget("wget-r-robots-off", "-r -nd -l 1 -e robots=off: the forbidden page fetched, no robots.txt",
                        "-r", "-nd", "-l", "1", "-e", "robots=off", "http://127.0.0.1:{port}/"),
                wget("wget-r-cut-dirs", "-r -nH --cut-dirs=1 -P out -l 2", "-r", "-nH", "--cut-dirs=1", "-P", "out",
                        "-l", "2", "http://127.0.0.1:{port}/docs/a.html"),
                wget("wget-r-delete-after", "-r -nd -l 1 --delete-after: every file removed", "-r", "-nd", "-l", "1",
                        "--delete-after", "http://127.0.0.1:{port}/"),
                wget("wget-r-rejected-log", "-r -nd --rejected-log: why each link was left",
                        "-r", "-nd", "-l", "2", "--rejected-log=rejected.csv", "http://127.0.0.1:{port}/"),
                wget("wget-r-content-on-error", "-r -nd -l 1 --content-on-error: the 404 page kept, exit 8",
                        "-r", "-nd", "-l", "1", "--content-on-error", "http://127.0.0.1:{port}/"),
                wget("wget-r-wait", "-r -nd -l 1 -w 0.4: the wait before each page after the first",
                        "-r", "-nd", "-l", "1", "-w", "0.4", "-q", "http://127.0.0.1:{port}/docs/a.html"),
                wget("wget-r-nc", "-r -nH -nc -l 1: a page already there is read, not fetched",
                        Surroundings.files("docs/a.html", "<a href=\"c.html\">c</a>\n"),
                        "-r", "-nH", "-nc", "-l", "1", "http://127.0.0.1:{port}/docs/a.html"),
                wget("wget-r-O", "-r -O all: the warning, every page into one file", "-r", "-l", "1", "-O", "all",
                        "http://127.0.0.1:{port}/docs/c.html"),
                wget("wget-r-k-O", "-k -r -O: refused before anything is fetched", "-k", "-r", "-O", "all",
                        "http://127.0.0.1:{port}/"),
                wget("wget-i-url", "-i of a URL: the list fetched and kept, its lines merged with it as the base",
                        "-i", "http://127.0.0.1:{port}/list.txt"),
                wget("wget-i-url-html", "-i of a URL that is HTML: its links are the list (a form and a base left out)",
                        "-nv", "-i", "http://127.0.0.1:{port}/docs/b.html"),
                wget("wget-force-html", "-F -i a local page with --base", Surroundings.files("page.html",
                        "<a href=docs/c.html>c</a><img src=\"/img/bg.png\"><a href=\"mailto:x@lab.test\">m</a>\n"),
                        "-nv", "-F", "-i", "page.html", "--base=http://127.0.0.1:{port}/"),
                wget("wget-force-html-no-base", "-F -i without a base: each relative link cannot be resolved",
                        Surroundings.files("page.html", "<a href=c.html>c</a>\n"), "-F", "-i", "page.html"),
                wget("wget-r-iri-page-charset", "-r, UTF-8 locale: a Latin-9 page's links converted to UTF-8 when fetched",
                        Surroundings.NONE.withEnv("LC_ALL", "C.UTF-8"), "-r", "-nH", "-l", "1",
                        "http://127.0.0.1:{port}/latin.html"),
                wget("wget-r-no-iri", "--no-iri --spider -r: the page's bytes sent as they are, broken links",
                        "--spider", "-r", "-nH", "-l", "1", "--no-iri", "http://127.0.0.1:{port}/latin.html"),
                wget("wget-r-idn", "-r -H through a proxy: a link to bücher.lab asked as xn--bcher-kva.lab",
                        "-r", "-H", "-D", "lab", "-l", "1", "-e", "robots=off", "-e", "http_proxy=127.0.0.1:{port}",
                        "http://start.lab/idn.html"),
                wget("wget-r-stall", "-r -T 0.7: a page that stalls gives up, the next is fetched; its bytes not in the total",
                        "-r", "-nd", "-l", "1", "-T", "0.7", "-t", "1", "http://127.0.0.1:{port}/stall-page.html"),
                wget("wget-r-restrict-windows", "-r -l 1 --restrict-file-names=windows: '+' for the port, '@' for the query",
                        "-r", "-l", "1", "--restrict-file-names=windows", "-nv", "http://127.0.0.1:{port}/"));
    }
}
