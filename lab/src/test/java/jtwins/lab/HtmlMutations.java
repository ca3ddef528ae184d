package jtwins.lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile pages for recursion, made from a seed: a page with every kind of link wget reads (quoted and
 * bare values, entities, comments, a declaration, base, srcset, style, CSS), then up to five
 * mutations that matter to an HTML scanner (a stray '<', '>', quote, '=', '&', a comment or
 * declaration opened, a newline inside a value, a span deleted or repeated) or to bytes (ByteMutations).
 * The server answers the page at "/" and, at any other path, a short text naming the path, so which
 * links were followed shows in the files left.
 */
final class HtmlMutations {
    record Case(long seed, List<String> mutations, byte[] page) {
        @Override
        public String toString() {
            return "seed " + seed + (mutations.isEmpty() ? "" : ": " + String.join(" + ", mutations));
        }
    }

    private static final String PAGE = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">
            <html><head><title>fuzz</title><base href="/b/">
            <link rel=stylesheet href='s.css'><link rel="icon" href=i.ico>
            <style>p { background: url("bg.png") } @import 'imp.css';</style>
            <meta http-equiv="refresh" content="2; URL=r.html"></head>
            <body background=bk.png><!-- <a href="c1.html"> --><a href="a1.html">one</a>
            <a HREF = a2.html?x=1&amp;y=2>two</a> <a href='../up.html#f'>up</a>
            <img src="p1.png" srcset="p2.png 2x, p3.png 3x" lowsrc=p4.png>
            <area href="/area.html"><iframe src="fr.html"></iframe>
            <a href="a%20b.html">escaped</a> <a href="sp ace.html">blank</a>
            <p style="background:url(st.png)">x</p><a href="&#97;3.html">entity</a>
            <form action="post.cgi"><input src=in.png type=image></form>
            </body></html>
            """;
    private static final String[] TOKENS = {"<", ">", "\"", "'", "=", "&", "&amp;", "&#", "<!--", "-->", "<!", "\n",
        " ", "/", "<a href=", "url(", ")", "<base href=/x/>", "\u00e9", "\0"};

    private HtmlMutations() {
    }

    static Case of(long seed) {
        Random r = new Random(seed);
        String s = PAGE;
        List<String> done = new ArrayList<>();
        int count = r.nextInt(6);
        for (int i = 0; i < count; i++) {
            int kind = r.nextInt(4);
            int at = r.nextInt(s.length() + 1);
            if (kind == 0) {
                String t = TOKENS[r.nextInt(TOKENS.length)];
                s = s.substring(0, at) + t + s.substring(at);
                done.add("insert " + printable(t) + " at " + at);
            } else if (kind == 1 && at < s.length()) {
                int len = 1 + r.nextInt(Math.min(20, s.length() - at));
                s = s.substring(0, at) + s.substring(at + len);
                done.add("delete " + len + " at " + at);
            } else if (kind == 2 && at < s.length()) {
                int len = 1 + r.nextInt(Math.min(30, s.length() - at));
                s = s.substring(0, at + len) + s.substring(at, at + len) + s.substring(at + len);
                done.add("repeat " + len + " at " + at);
            } else {
                String name = ByteMutations.pick(r);
                s = new String(ByteMutations.mutate(name, s.getBytes(StandardCharsets.ISO_8859_1), r),
                        StandardCharsets.ISO_8859_1);
                done.add(name);
            }
        }
        return new Case(seed, done, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String printable(String t) {
        return "'" + t.replace("\n", "\\n").replace("\0", "\\0") + "'";
    }

    /** Request after request on one connection: the page at "/", a text naming the path elsewhere. */
    static TcpFaultServer.Behaviour site(byte[] page) {
        return c -> {
            while (true) {
                byte[] request = HttpFaults.readRequest(c.getInputStream());
                if (request.length == 0) {
                    break;
                }
                String line = new String(request, StandardCharsets.ISO_8859_1);
                String path = line.substring(line.indexOf(' ') + 1, line.indexOf(' ', line.indexOf(' ') + 1));
                byte[] body = path.equals("/") ? page : ("at " + path + "\n").getBytes(StandardCharsets.ISO_8859_1);
                String type = path.equals("/") ? "text/html" : "text/plain";
                write(c.getOutputStream(), "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
                        + body.length + "\r\n\r\n", body);
            }
            c.close();
        };
    }

    private static void write(OutputStream out, String head, byte[] body) throws IOException {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }
}
