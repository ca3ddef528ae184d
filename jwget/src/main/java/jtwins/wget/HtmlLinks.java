package jtwins.wget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * html-url.c's get_urls_html(): the links of a document by wget's table of tags and attributes,
 * &lt;base href&gt;, &lt;form action&gt;, &lt;link rel&gt;, &lt;meta&gt; refresh and robots, srcset, and the CSS in
 * style attributes and &lt;style&gt; elements; each merged with the base and kept in the order of its
 * position in the document.
 */
final class HtmlLinks {
    private static final int INLINE = 1;
    private static final int HTML = 2;

    /** tag_url_attributes[]: tag, attribute, flags — in wget's order. */
    private static final Object[][] URL_ATTRIBUTES = {
        {"a", "href", HTML}, {"applet", "code", INLINE}, {"area", "href", HTML}, {"bgsound", "src", INLINE},
        {"body", "background", INLINE}, {"embed", "href", HTML}, {"embed", "src", INLINE | HTML},
        {"fig", "src", INLINE}, {"frame", "src", INLINE | HTML}, {"iframe", "src", INLINE | HTML},
        {"img", "href", INLINE}, {"img", "lowsrc", INLINE}, {"img", "src", INLINE}, {"input", "src", INLINE},
        {"layer", "src", INLINE | HTML}, {"object", "data", INLINE}, {"overlay", "src", INLINE | HTML},
        {"script", "src", INLINE}, {"table", "background", INLINE}, {"td", "background", INLINE},
        {"th", "background", INLINE}, {"video", "src", INLINE}, {"video", "poster", INLINE},
        {"audio", "src", INLINE}, {"audio", "poster", INLINE}, {"source", "src", INLINE},
    };

    /**
     * The links found, in document order, whether &lt;meta name=robots&gt; said nofollow, and the charset a
     * &lt;meta http-equiv=content-type&gt; named (null for none).
     */
    record Found(List<LinkPos> links, boolean nofollow, String metaCharset) {
    }

    private final String text;
    private final String documentFile;
    private final String parentBase;
    private final WgetLog log;
    private final IriOptions iriOptions;
    private String base;
    private boolean nofollow;
    private String metaCharset;
    private final List<LinkPos> links = new ArrayList<>();

    private HtmlLinks(String text, String documentFile, String parentBase, WgetLog log, IriOptions iriOptions) {
        this.text = text;
        this.documentFile = documentFile;
        this.parentBase = parentBase;
        this.log = log;
        this.iriOptions = iriOptions;
    }

    /**
     * get_urls_html(file, url): null, and the error said, when the file cannot be read. With
     * setsEncoding (an IRI without a content encoding), a &lt;meta&gt; charset becomes its content encoding.
     */
    static Found ofHtmlFile(String file, String url, WgetLog log, IriOptions iri, boolean setsEncoding) {
        String text = read(file, log);
        if (text == null) {
            return null;
        }
        HtmlLinks h = new HtmlLinks(text, file, url, log, iri);
        HtmlTags.map(text, h::tag);
        if (setsEncoding && h.metaCharset != null) {
            log.debug("URI content encoding = " + Quote.of(h.metaCharset) + "\n");
        }
        log.debug("nofollow in " + file + ": " + (h.nofollow ? 1 : 0) + "\n");
        return new Found(h.links, h.nofollow, setsEncoding ? h.metaCharset : null);
    }

    /** get_urls_css_file(file, url). */
    static Found ofCssFile(String file, String url, WgetLog log, IriOptions iri) {
        String text = read(file, log);
        if (text == null) {
            return null;
        }
        HtmlLinks h = new HtmlLinks(text, file, url, log, iri);
        h.css(0, text.length());
        return new Found(h.links, false, null);
    }

    private static String read(String file, WgetLog log) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            log.debug("Loaded " + file + " (size " + bytes.length + ").\n");
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            log.notQuiet(file + ": " + jtwins.common.Errno.of(e).text() + "\n");
            return null;
        }
    }

    /** collect_tags_mapper(). */
    private void tag(HtmlTags.Tag tag) {
        switch (tag.name()) {
            case "base" -> handleBase(tag);
            case "form" -> handleForm(tag);
            case "img" -> {
                findUrls(tag);
                handleSrcset(tag);
            }
            case "link" -> handleLink(tag);
            case "meta" -> handleMeta(tag);
            default -> findUrls(tag);
        }
        HtmlTags.Attr style = tag.attr("style");
        if (style != null) {
            int start = style.rawBegin();
            int len = style.rawSize();
            if (text.charAt(start) == '\'' || text.charAt(start) == '"') {
                start++;
                len -= 2;
            }
            if (len > 0) {
                css(start, len);
            }
        }
        if (tag.endTag() && tag.name().equals("style") && tag.contentsBegin() >= 0
                && tag.contentsBegin() <= tag.contentsEnd()) {
            css(tag.contentsBegin(), tag.contentsEnd() - tag.contentsBegin());
        }
    }

    /** tag_find_urls(): the tag's URL attributes in the order they appear in it. */
    private void findUrls(HtmlTags.Tag tag) {
        for (HtmlTags.Attr a : tag.attrs()) {
            for (Object[] row : URL_ATTRIBUTES) {
                if (row[0].equals(tag.name()) && row[1].equals(a.name())) {
                    LinkPos up = append(a.value(), a.rawBegin(), a.rawSize());
                    if (up != null) {
                        int flags = (Integer) row[2];
                        up.inline |= (flags & INLINE) != 0;
                        up.expectHtml |= (flags & HTML) != 0;
                    }
                }
            }
        }
    }

    private void handleBase(HtmlTags.Tag tag) {
        HtmlTags.Attr href = tag.attr("href");
        if (href == null) {
            return;
        }
        LinkPos up = append(href.value(), href.rawBegin(), href.rawSize());
        if (up == null) {
            return;
        }
        up.ignoreWhenDownloading = true;
        up.base = true;
        base = parentBase != null ? merge(parentBase, href.value()) : href.value();
    }

    private void handleForm(HtmlTags.Tag tag) {
        HtmlTags.Attr action = tag.attr("action");
        if (action != null) {
            LinkPos up = append(action.value(), action.rawBegin(), action.rawSize());
            if (up != null) {
                up.ignoreWhenDownloading = true;
            }
        }
    }

    /** tag_handle_link(): style sheets and icons are inline; other rels lead to HTML unless their type says not. */
    private void handleLink(HtmlTags.Tag tag) {
        HtmlTags.Attr href = tag.attr("href");
        if (href == null) {
            return;
        }
        LinkPos up = append(href.value(), href.rawBegin(), href.rawSize());
        HtmlTags.Attr rel = tag.attr("rel");
        if (up == null || rel == null) {
            return;
        }
        String r = rel.value().toLowerCase(Locale.ROOT);
        if (r.equals("stylesheet") || r.equals("alternate stylesheet")) {
            up.inline = true;
            up.expectCss = true;
        } else if (r.equals("shortcut icon") || r.equals("icon") || r.equals("manifest")) {
            up.inline = true;
        } else {
            HtmlTags.Attr type = tag.attr("type");
            if (type == null || type.value().equalsIgnoreCase("text/html")) {
                up.expectHtml = true;
            }
        }
    }

    /** tag_handle_meta(): refresh's "N; URL=...", and robots' nofollow. */
    private void handleMeta(HtmlTags.Tag tag) {
        HtmlTags.Attr name = tag.attr("name");
        HtmlTags.Attr equiv = tag.attr("http-equiv");
        if (equiv != null && equiv.value().equalsIgnoreCase("refresh")) {
            HtmlTags.Attr content = tag.attr("content");
            if (content == null) {
                return;
            }
            String c = content.value();
            int p = 0;
            while (p < c.length() && Character.isWhitespace(c.charAt(p))) {
                p++;
            }
            int sign = p;
            if (p < c.length() && (c.charAt(p) == '-' || c.charAt(p) == '+')) {
                p++;
            }
            int digits = p;
            while (p < c.length() && c.charAt(p) >= '0' && c.charAt(p) <= '9') {
                p++;
            }
            // strtol() saturates, and wget keeps the long in an int
            int timeout = p > digits ? (int) CNumbers.strtol(c.substring(sign, p), 10) : 0;
            if (p == digits) {
                p = 0;
            }
            if (timeout < 0 || p >= c.length() || c.charAt(p++) != ';') {
                return;
            }
            while (p < c.length() && Character.isWhitespace(c.charAt(p))) {
                p++;
            }
            if (!(c.regionMatches(true, p, "URL", 0, 3) && p + 3 < c.length() && c.charAt(p + 3) == '=')) {
                return;
            }
            p += 4;
            while (p < c.length() && Character.isWhitespace(c.charAt(p))) {
                p++;
            }
            LinkPos up = append(c.substring(p), content.rawBegin(), content.rawSize());
            if (up != null) {
                up.refresh = true;
                up.refreshTimeout = (int) timeout;
                up.expectHtml = true;
            }
        } else if (equiv != null && equiv.value().equalsIgnoreCase("content-type")) {
            HtmlTags.Attr content = tag.attr("content");
            String charset = content == null ? null : HttpTry.charset(content.value());
            if (charset != null) {
                metaCharset = charset;
            }
        } else if (name != null && name.value().equalsIgnoreCase("robots")) {
            HtmlTags.Attr content = tag.attr("content");
            if (content == null) {
                return;
            }
            String c = content.value();
            if (c.equalsIgnoreCase("none")) {
                nofollow = true;
                return;
            }
            for (String part : c.split(",", -1)) {
                String word = part.strip();
                int stop = 0;
                while (stop < word.length() && " \f\n\r\t\u000b".indexOf(word.charAt(stop)) < 0) {
                    stop++;
                }
                // c_strncasecmp(content, "nofollow", end - content): a prefix of it matches too
                String w = word.substring(0, stop);
                if ("nofollow".regionMatches(true, 0, w, 0, w.length())) {
                    nofollow = true;
                }
            }
        }
    }

    /** tag_handle_img()'s srcset: each URL up to blanks, trailing commas taken off, descriptors skipped. */
    private void handleSrcset(HtmlTags.Tag tag) {
        HtmlTags.Attr srcset = tag.attr("srcset");
        if (srcset == null) {
            return;
        }
        String set = srcset.value();
        int baseInd = srcset.rawBegin();
        if (text.charAt(baseInd) == '"' || text.charAt(baseInd) == '\'') {
            baseInd++;
        }
        int offset = 0;
        int size = set.length();
        while (offset < size) {
            boolean hasDescriptor = true;
            int start = offset;
            while (start < size && " \f\n\r\t,".indexOf(set.charAt(start)) >= 0) {
                start++;
            }
            if (start == size) {
                return;
            }
            int stop = start;
            while (stop < size && " \f\n\r\t".indexOf(set.charAt(stop)) < 0) {
                stop++;
            }
            while (stop - 1 > start && set.charAt(stop - 1) == ',') {
                hasDescriptor = false;
                stop--;
            }
            if (stop > start) {
                LinkPos up = append(set.substring(start, stop), baseInd + start, stop - start);
                if (up != null) {
                    up.inline = true;
                    up.noquoteHtml = true;
                }
            }
            if (hasDescriptor) {
                boolean inParen = false;
                for (offset = stop; offset < size; offset++) {
                    char c = set.charAt(offset);
                    if (c == '(') {
                        inParen = true;
                    } else if (c == ')' && inParen) {
                        inParen = false;
                    } else if (c == ',' && !inParen) {
                        break;
                    }
                }
            } else {
                offset = stop;
            }
        }
    }

    /** css-url.c's get_urls_css() over [offset, offset+length): @import's string or url(), and every url(). */
    private void css(int offset, int length) {
        for (CssTokens.Token t : CssTokens.scan(text, offset, offset + length)) {
            LinkPos up = append(t.uri(), t.pos(), t.size());
            if (up != null) {
                up.inline = true;
                up.css = true;
                up.expectCss |= t.imported();
            }
        }
    }

    /** append_url(): the link merged with the base, parsed, and put in its place by position. */
    private LinkPos append(String written, int position, int size) {
        // a value is a C string in wget: it ends at its first NUL
        int nul = written.indexOf('\0');
        String link = nul < 0 ? written : written.substring(0, nul);
        String baseUrl = base != null ? base : parentBase;
        WgetUrl url;
        boolean linkHasScheme = WgetUrl.hasScheme(link);
        UriEncoding iri = UriEncoding.set(log, iriOptions, iriOptions.locale(), true).converting();
        try {
            if (baseUrl == null) {
                if (!linkHasScheme) {
                    log.notQuiet(documentFile + ": Cannot resolve incomplete link " + link + ".\n");
                    return null;
                }
                url = iri.parse(log, link, false);
            } else {
                String complete = merge(baseUrl, link);
                log.debug(documentFile + ": merge(" + Quote.of(baseUrl) + ", " + Quote.of(link) + ") -> " + complete
                        + "\n");
                url = iri.parse(log, complete, false);
            }
        } catch (WgetUrl.Invalid e) {
            return null;
        }
        log.debug("appending " + Quote.of(url.url()) + " to urlpos.\n");
        LinkPos up = new LinkPos(url, position, size);
        if (!linkHasScheme && !link.startsWith("/")) {
            up.relative = true;
        } else if (linkHasScheme) {
            up.complete = true;
        }
        int at = 0;
        while (at < links.size() && position > links.get(at).pos) {
            at++;
        }
        links.add(at, up);
        return up;
    }

    /** uri_merge(): a link with a scheme stands alone; any other is resolved against the base, as written. */
    static String merge(String base, String link) {
        if (WgetUrl.hasScheme(link)) {
            return link;
        }
        try {
            if (link.isEmpty() || link.startsWith("#")) {
                return WgetUrl.parse(base, false).url();
            }
            return WgetUrl.parse(base, false).resolve(link, false).url();
        } catch (WgetUrl.Invalid e) {
            return link;
        }
    }
}
