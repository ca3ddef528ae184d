package jtwins.wget;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jtwins.common.Errno;

/**
 * convert.c's convert_all_links(), run once the retrieval is over (-k): in each HTML file, then each
 * CSS file, of the run (wget's hash order), a link to a URL that was downloaded becomes the relative
 * path to its file, any other link that was not written with a host becomes the complete URL, and
 * &lt;base href&gt; becomes empty; with -K the file is kept first as NAME.orig.
 */
final class LinkConversion {
    private final Session session;
    private final WgetSettings s;
    private final WgetLog log;
    private int fileCount;

    LinkConversion(Session session) {
        this.session = session;
        this.s = session.settings;
        this.log = session.log;
    }

    private enum Convert { NONE, TO_RELATIVE, TO_COMPLETE, NULLIFY_BASE }

    void convertAll() {
        long start = System.nanoTime();
        convertSet(session.downloads.html.inOrder(), false);
        convertSet(session.downloads.css.inOrder(), true);
        double secs = (System.nanoTime() - start) / 1e9;
        log.verbose("Converted links in " + fileCount + " files in " + decimal(secs) + " seconds.\n");
    }

    /** convert_links_in_hashtable(). */
    private void convertSet(java.util.List<String> files, boolean css) {
        for (String file : files) {
            String url = session.downloads.urlOf(file);
            if (url == null) {
                log.debug("Apparently " + file + " has been removed.\n");
                continue;
            }
            log.debug("Scanning " + file + " (from " + url + ")\n");
            HtmlLinks.Found found = css ? HtmlLinks.ofCssFile(file, url, log, session.iri)
                    : HtmlLinks.ofHtmlFile(file, url, log, session.iri, false);
            java.util.List<LinkPos> links = found == null ? java.util.List.of() : found.links();
            Convert[] how = new Convert[links.size()];
            String[] local = new String[links.size()];
            for (int i = 0; i < links.size(); i++) {
                LinkPos link = links.get(i);
                how[i] = Convert.NONE;
                if (link.base) {
                    how[i] = Convert.NULLIFY_BASE;
                    continue;
                }
                try {
                    // convert_links_in_hashtable() parses each link again with the locale's IRI
                    UriEncoding.set(log, session.iri, session.iri.locale(), true).parse(log, link.url.url(), true);
                } catch (WgetUrl.Invalid e) {
                    continue;
                }
                local[i] = session.downloads.fileOf(link.url.url());
                if (local[i] != null) {
                    how[i] = Convert.TO_RELATIVE;
                    log.debug("will convert url " + link.url.url() + " to local " + local[i] + "\n");
                } else {
                    if (!link.complete) {
                        how[i] = Convert.TO_COMPLETE;
                    }
                    log.debug("will convert url " + link.url.url() + " to complete\n");
                }
            }
            convertLinks(file, links, how, local);
            fileCount++;
        }
    }

    /** convert_links(): "Converting links in FILE... N." then the file rewritten, then "TO_FILE-TO_URL". */
    private void convertLinks(String file, java.util.List<LinkPos> links, Convert[] how, String[] local) {
        log.verbose("Converting links in " + file + "... ");
        int dry = 0;
        for (Convert c : how) {
            if (c != Convert.NONE) {
                dry++;
            }
        }
        if (dry == 0) {
            log.verbose("nothing to do.\n");
            return;
        }
        log.verbose(dry + ".\n");
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            log.notQuiet("Cannot convert links in " + file + ": " + Errno.of(e).text() + "\n");
            return;
        }
        Boolean extensionAdded = session.downloads.savedWithExtension(file);
        if (s.bool("backupconverted") && extensionAdded != null) {
            backup(file, extensionAdded);
        }
        new File(file).delete();
        String text = new String(content, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int p = 0;
        int toFile = 0;
        int toUrl = 0;
        for (int i = 0; i < links.size(); i++) {
            LinkPos link = links.get(i);
            if (link.pos >= text.length()) {
                log.debug("Something strange is going on.  Please investigate.");
                break;
            }
            if (how[i] == Convert.NONE) {
                log.debug("Skipping " + link.url.url() + " at position " + link.pos + ".\n");
                continue;
            }
            put(out, text.substring(p, link.pos));
            p = link.pos;
            switch (how[i]) {
                case TO_RELATIVE -> {
                    String newname = relative(file, local[i]);
                    String quoted = localQuote(newname, link.css);
                    p = replace(out, text, p, link, quoted);
                    log.debug("TO_RELATIVE: " + link.url.url() + " to " + newname + " at position " + link.pos + " in "
                            + file + ".\n");
                    toFile++;
                }
                case TO_COMPLETE -> {
                    String newlink = link.url.url();
                    p = link.css || link.noquoteHtml ? replacePlain(out, p, link, newlink)
                            : replace(out, text, p, link, htmlQuote(newlink));
                    log.debug("TO_COMPLETE: <something> to " + newlink + " at position " + link.pos + " in " + file
                            + ".\n");
                    toUrl++;
                }
                default -> p = replaceAttr(out, text, p, link.size, "");
            }
        }
        if (p < text.length()) {
            put(out, text.substring(p));
        }
        try (OutputStream f = new FileOutputStream(file)) {
            out.writeTo(f);
        } catch (IOException e) {
            log.notQuiet("Cannot convert links in " + file + ": " + Errno.of(e).text() + "\n");
            return;
        }
        log.verbose(toFile + "-" + toUrl + "\n");
    }

    private int replace(ByteArrayOutputStream out, String text, int p, LinkPos link, String quoted) {
        if (link.css || link.noquoteHtml) {
            return replacePlain(out, p, link, quoted);
        }
        if (link.refresh) {
            return replaceAttr(out, text, p, link.size, link.refreshTimeout + "; URL=" + quoted);
        }
        return replaceAttr(out, text, p, link.size, quoted);
    }

    private static int replacePlain(ByteArrayOutputStream out, int p, LinkPos link, String newText) {
        put(out, newText);
        return p + link.size;
    }

    /** replace_attr(): the value in its own quotes (or double ones), a #fragment of the old value kept. */
    private static int replaceAttr(ByteArrayOutputStream out, String text, int p, int size, String newText) {
        char quote = '"';
        boolean quoted = false;
        if (text.charAt(p) == '"' || text.charAt(p) == '\'') {
            quote = text.charAt(p);
            quoted = true;
            p++;
            size -= 2;
        }
        StringBuilder b = new StringBuilder().append(quote).append(newText);
        int fragment = findFragment(text, p, size);
        if (fragment >= 0) {
            b.append(text, fragment, p + size);
        }
        b.append(quote);
        put(out, b.toString());
        return p + size + (quoted ? 1 : 0);
    }

    /** find_fragment(): the first '#' not right after an '&'. */
    private static int findFragment(String text, int beg, int size) {
        boolean sawAmp = false;
        for (int i = beg; i < beg + size; i++) {
            char c = text.charAt(i);
            if (c == '&') {
                sawAmp = true;
            } else if (c == '#' && !sawAmp) {
                return i;
            } else {
                sawAmp = false;
            }
        }
        return -1;
    }

    private static void put(ByteArrayOutputStream out, String latin1) {
        out.writeBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** construct_relative(): "../" for each directory of the base file below what the two share. */
    static String relative(String basefile, String linkfile) {
        int start = 0;
        int i = 0;
        while (i < basefile.length() && i < linkfile.length() && basefile.charAt(i) == linkfile.charAt(i)) {
            if (basefile.charAt(i) == '/') {
                start = i + 1;
            }
            i++;
        }
        String base = basefile.substring(start);
        String link = linkfile.substring(start);
        int dirs = 0;
        for (char c : base.toCharArray()) {
            if (c == '/') {
                dirs++;
            }
        }
        if (dirs == 0) {
            int slashOrColon = -1;
            for (int k = 0; k < link.length(); k++) {
                if (link.charAt(k) == '/' || link.charAt(k) == ':') {
                    slashOrColon = k;
                    break;
                }
            }
            if (slashOrColon >= 0 && link.charAt(slashOrColon) == ':') {
                return "./" + link;
            }
        }
        return "../".repeat(dirs) + link;
    }

    /** local_quote_string(): %, # and ; (and ? with -E) as %XX, then HTML-quoted unless in CSS. */
    private String localQuote(String file, boolean noHtmlQuote) {
        StringBuilder b = new StringBuilder();
        for (char c : file.toCharArray()) {
            switch (c) {
                case '%' -> b.append("%25");
                case '#' -> b.append("%23");
                case ';' -> b.append("%3B");
                case '?' -> b.append(s.bool("adjustextension") ? "%3F" : "?");
                default -> b.append(c);
            }
        }
        return noHtmlQuote ? b.toString() : htmlQuote(b.toString());
    }

    /** html_quote_string(): &amp; &lt; &gt; &quot; and a blank as &#32;. */
    static String htmlQuote(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case ' ' -> b.append("&#32;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** write_backup_file(): NAME.orig, or for a name -E extended, the name before ".html" with ".orig". */
    private void backup(String file, boolean extensionAdded) {
        String orig = extensionAdded ? file.substring(0, file.length() - 4) + "orig" : file + ".orig";
        if (!new File(file).renameTo(new File(orig))) {
            log.notQuiet("Cannot back up " + file + " as " + orig + ": " + Errno.EACCES.text() + "\n");
        }
    }

    /** print_decimal(). */
    static String decimal(double n) {
        double a = Math.abs(n);
        if (a >= 9.95) {
            return String.format(java.util.Locale.ROOT, "%.0f", n);
        }
        if (a >= 0.95) {
            return String.format(java.util.Locale.ROOT, "%.1f", n);
        }
        if (a >= 0.001) {
            return new java.math.BigDecimal(n).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString();
        }
        if (a >= 0.0005) {
            return String.format(java.util.Locale.ROOT, "%.3f", n);
        }
        return "0";
    }
}
