package jtwins.wget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.Errno;

/**
 * html-url.c's get_urls_file() for -i: the file ("-" for standard input) line by line, each trimmed,
 * blank ones skipped, merged with --base and its shorthand rewritten; a line that is no URL is said
 * and counts as a bad URL.
 */
final class InputFile {
    /** The URLs, and whether a line was refused. */
    record Listed(List<String> urls, boolean badLine) {
    }

    /** A fetched input that failed: no URLs, and nothing more to say. */
    static final Listed NOTHING = new Listed(List.of(), false);

    private InputFile() {
    }

    /** url_valid_scheme(): an input named by a URL is fetched, not opened. */
    static boolean isUrl(String input) {
        String lower = input.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("ftp://")
                || lower.startsWith("ftps://");
    }

    /**
     * get_urls_html() for -F or an input that came as HTML: its links, merged with --base (or the
     * input's URL), those only converted (a base, a form) left out.
     */
    static Listed readHtml(String file, String base, WgetLog log, IriOptions iri) {
        HtmlLinks.Found found = HtmlLinks.ofHtmlFile(file, base, log, iri, false);
        List<String> urls = new ArrayList<>();
        for (LinkPos link : found == null ? List.<LinkPos>of() : found.links()) {
            if (!link.ignoreWhenDownloading) {
                urls.add(link.url.url());
            }
        }
        return found == null ? null : new Listed(urls, false);
    }

    /** null when the file cannot be read (said, as wget says it). */
    static Listed read(String file, WgetSettings s, WgetLog log) {
        byte[] bytes;
        try {
            bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            log.notQuiet(file + ": " + Errno.of(e).text() + "\n");
            return null;
        }
        log.debug("Loaded " + file + " (size " + bytes.length + ").\n");
        List<String> urls = new ArrayList<>();
        boolean bad = false;
        // the lines' bytes as they are: each URL goes through url_parse() with the list's IRI
        for (String line : new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (s.string("base") != null) {
                try {
                    WgetUrl merged = WgetUrl.parse(WgetUrl.rewriteShorthand(s.string("base"))).resolve(text);
                    text = merged.scheme() + "://" + merged.hostPort() + merged.target();
                } catch (WgetUrl.Invalid e) {
                    // uri_merge() is textual; a base that is no URL leaves the line as it is
                }
            }
            text = WgetUrl.rewriteShorthand(text);
            try {
                WgetUrl.parse(text);
            } catch (WgetUrl.Invalid e) {
                log.notQuiet(file + ": Invalid URL " + text + ": " + e.getMessage() + "\n");
                bad = true;
                continue;
            }
            urls.add(text);
        }
        return new Listed(urls, bad);
    }
}
