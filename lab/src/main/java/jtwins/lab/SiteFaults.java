package jtwins.lab;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small web site on one keep-alive server, for the recursion rows: pages linking each other by
 * every kind of link wget follows (a, img and srcset, link rel=stylesheet, CSS url() and @import,
 * base href, meta refresh, an area, a frame), a robots.txt that forbids a directory, a redirect, a
 * missing page, a link to another host name of the same server and one to a host that is nowhere,
 * a Latin-9 page with links in its own bytes, a link to a host name that is not ASCII, a file that
 * stops after 30 of its 100 bytes. Asked as a
 * proxy, it answers by the URL's path. "{port}" in a page is the server's own port.
 */
final class SiteFaults {
    private SiteFaults() {
    }

    private record Page(String status, String type, String body, String extraHeaders) {
    }

    private static final Map<String, Page> PAGES = new LinkedHashMap<>();

    private static void page(String path, String type, String body) {
        PAGES.put(path, new Page("200 OK", type, body, ""));
    }

    static {
        page("/", "text/html", """
                <html><head><title>lab</title>
                <link rel="stylesheet" href="style/main.css">
                <link rel="next" href="docs/a.html">
                </head><body>
                <a href="docs/a.html">a</a>
                <a href="/docs/b.html#part">b</a>
                <A HREF='data.txt?x=1&amp;y=2'>data</a>
                <a href="http://nowhere.invalid/x.html">elsewhere</a>
                <a href="http://lab.test:{port}/docs/c.html">same server, other name</a>
                <a href="mailto:someone@lab.test">mail</a>
                <a href="missing.html">missing</a>
                <a href="moved">moved</a>
                <a href="secret/s.html">secret</a>
                <!-- <a href="commented.html">a comment</a> -->
                <img src="img/pic.png" srcset="img/pic2.png 2x, img/pic3.png 3x" alt=x>
                <div style="background: url(img/bg.png)">styled</div>
                </body></html>
                """);
        page("/docs/a.html", "text/html", """
                <html><body>
                <a href="../index.html">home</a> <a href="./b.html">b</a> <a href="sub/deep.html">deep</a>
                <a href="/">root</a> <map><area href="sub/area.html"></map>
                <frameset><frame src="frame.html"></frameset>
                </body></html>
                """);
        page("/docs/b.html", "text/html", """
                <html><head><base href="/docs/sub/">
                <meta http-equiv="refresh" content="5; URL=/docs/a.html">
                <meta name="description" content="b">
                </head><body><a href="deep.html">deep, by the base</a>
                <form action="/cgi/post"><input type=submit></form></body></html>
                """);
        page("/docs/c.html", "text/html", "<html><body><a href=\"sub/deep.html\">deep</a></body></html>\n");
        page("/docs/frame.html", "text/html", "<html><body><img src=\"/img/pic.png\"></body></html>\n");
        page("/docs/sub/deep.html", "text/html", """
                <html><body><a href="../../missing2.html">gone too</a>
                <a href="../a.html">up</a></body></html>
                """);
        page("/docs/sub/area.html", "text/html", "<html><body>an area</body></html>\n");
        page("/style/main.css", "text/css", """
                @import "print.css";
                /* url(commented.png) */
                body { background: url( '/img/bg.png' ) }
                """);
        page("/style/print.css", "text/css", "h1 { background: url(../img/pic.png) }\n");
        page("/img/pic.png", "image/png", "PNG-1");
        page("/img/pic2.png", "image/png", "PNG-22");
        page("/img/pic3.png", "image/png", "PNG-333");
        page("/img/bg.png", "image/png", "PNG-bg");
        page("/data.txt?x=1&y=2", "text/plain", "some data\n");
        page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /secret/\n");
        page("/secret/s.html", "text/html", "<html><body>secret</body></html>\n");
        page("/list.txt", "text/plain", "http://127.0.0.1:{port}/docs/c.html\n  img/pic.png  \n\n/style/print.css\n");
        // a Latin-9 page whose link is written in its own bytes (ç is E7), and where the link leads in UTF-8
        PAGES.put("/latin.html", new Page("200 OK", "text/html; charset=ISO-8859-15",
                "<html><body><a href=\"fran\u00e7ais.html\">fr</a> <a href=\"euro\u00a4.html\">eur</a></body></html>\n", ""));
        page("/fran%C3%A7ais.html", "text/plain", "en fran\u00c3\u00a7ais\n");
        page("/euro%E2%82%AC.html", "text/plain", "euro\n");
        // a UTF-8 page linking to a host whose name is not ASCII (reached through the site as a proxy)
        PAGES.put("/idn.html", new Page("200 OK", "text/html; charset=UTF-8",
                "<html><body><a href=\"http://b\u00c3\u00bccher.lab/docs/c.html\">b\u00c3\u00bccher</a></body></html>\n", ""));
        page("/stall-page.html", "text/html", "<a href=\"stall.txt\">s</a> <a href=\"docs/c.html\">c</a>\n");
        page("/index.html", "text/html", "<html><body><a href=\"/\">the index</a></body></html>\n");
        PAGES.put("/moved", new Page("301 Moved Permanently", "text/html", "", "Location: /docs/c.html\r\n"));
    }

    /** Request after request on one connection: the page, or a 404 with a short HTML body. */
    static TcpFaultServer.Behaviour site() {
        return c -> {
            while (true) {
                byte[] request = HttpFaults.readRequest(c.getInputStream());
                if (request.length == 0) {
                    break;
                }
                answer(c, new String(request, StandardCharsets.ISO_8859_1));
            }
            c.close();
        };
    }

    private static void answer(Socket c, String request) throws IOException {
        String[] first = request.substring(0, request.indexOf("\r\n")).split(" ");
        String method = first[0];
        String target = first[1];
        if (target.startsWith("http://")) {
            // asked as a proxy: the page at the URL's path, whatever its host
            int slash = target.indexOf('/', 7);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        if (target.equals("/stall.txt")) {
            // 30 bytes of 100, then nothing until the client gives up and closes
            OutputStream out = c.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + "x".repeat(30))
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            while (c.getInputStream().read() >= 0) {
                // drain until the close
            }
            return;
        }
        Page p = PAGES.get(target);
        if (p == null) {
            p = new Page("404 Not Found", "text/html", "<html><body>no such page</body></html>\n", "");
        }
        byte[] body = p.body().replace("{port}", Integer.toString(c.getLocalPort())).getBytes(StandardCharsets.ISO_8859_1);
        String head = "HTTP/1.1 " + p.status() + "\r\n" + p.extraHeaders() + "Content-Type: " + p.type() + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        OutputStream out = c.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (!method.equals("HEAD")) {
            out.write(body);
        }
        out.flush();
    }
}
