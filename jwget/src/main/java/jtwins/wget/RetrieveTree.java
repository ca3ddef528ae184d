package jtwins.wget;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jtwins.common.Errno;

/**
 * recur.c's retrieve_tree(): breadth-first from the start URL. Each queued URL is retrieved (every
 * retrieval under the same clocks as a single one: --read-timeout on each page and on robots.txt,
 * --wait between pages); an HTML or CSS document within the depth is read for links, and each link
 * download_child() accepts is queued and blacklisted so it is fetched once. Files only fetched for
 * their links (--spider, -R, --delete-after) are removed after.
 */
final class RetrieveTree {
    private static final int INFINITE = -1;

    /** A queued URL and its IRI (the locale's encoding for the start, the page's charset for a link, or none). */
    private record Queued(String url, String referer, int depth, boolean htmlAllowed, boolean cssAllowed,
                          UriEncoding iri) {
    }

    private final Session session;
    private final WgetSettings s;
    private final WgetLog log;
    private final AcceptRules rules;
    private final int reclevel;
    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private int maxcount;
    /** URLs queued or known to be refused, kept fully %XX-decoded (blacklist_add()'s url_unescape). */
    private final Set<String> blacklist = new HashSet<>();
    /** res.c's registered specs, by "host:port" (case-folded). */
    private final Map<String, RobotsTxt> robots;
    /** The IRI encoding of the page whose links are being decided (what robots.txt's retrieval copies). */
    private String pageEncoding;

    RetrieveTree(Session session) {
        this.session = session;
        this.s = session.settings;
        this.log = session.log;
        this.rules = session.rules;
        this.robots = session.robots;
        int level = s.number("reclevel") == 0 ? INFINITE : s.number("reclevel");
        // main(): -p without -r fetches the page and what it needs, and no further
        this.reclevel = s.bool("pagerequisites") && !s.bool("recursive") ? 0 : level;
    }

    /** retrieve_tree(start): every status goes to the session's exit status as retrieve_url() informs it. */
    void retrieve(WgetUrl start) throws IOException {
        try (RejectedLog rejected = RejectedLog.open(s.string("rejectedlog"), log, session.descriptors)) {
            enqueue(start.url(), null, 0, true, false, UriEncoding.set(log, session.iri, session.iri.locale(), true));
            blacklisted(start.url());
            Uerr status = Uerr.RETROK;
            while (!queue.isEmpty() && status != Uerr.FWRITEERR) {
                Queued q = queue.removeFirst();
                log.debug("Dequeuing " + q.url() + " at depth " + q.depth() + "\n");
                log.debug("Queue count " + queue.size() + ", maxcount " + maxcount + ".\n");
                status = one(q, start, rejected);
            }
        }
    }

    /** One turn of retrieve_tree()'s loop: the URL fetched (or found fetched), its links queued, a temporary file removed. */
    private Uerr one(Queued q, WgetUrl start, RejectedLog rejected) throws IOException {
        String url = q.url();
        String file = null;
        String contentEncoding = null;
        pageEncoding = q.iri().encoding();
        boolean descend = false;
        boolean isCss = false;
        Uerr status = Uerr.RETROK;
        String already = session.downloads.fileOf(url);
        if (already != null) {
            file = already;
            log.debug("Already downloaded \"" + url + "\", reusing it from \"" + file + "\".\n");
            boolean css = q.cssAllowed() && session.downloads.css.contains(file);
            if (css || (q.htmlAllowed() && session.downloads.html.contains(file))) {
                descend = true;
                isCss = css;
            }
        } else {
            WgetUrl parsed;
            try {
                parsed = q.iri().parse(log, url, true);
            } catch (WgetUrl.Invalid e) {
                log.notQuiet(url + ": " + e.getMessage() + ".\n");
                session.inform(Uerr.URLERROR);
                return status;
            }
            HttpLoop.Retrieval r = new HttpLoop(session).retrieve(parsed, url, q.referer(), q.iri());
            session.inform(r.result());
            status = r.result();
            file = r.file();
            contentEncoding = r.contentCharset();
            if (q.htmlAllowed() && file != null && status == Uerr.RETROK && r.retrOk() && r.html()) {
                descend = true;
            }
            // css_allowed can override the content type: many servers send CSS as something else
            if (file != null && status == Uerr.RETROK && r.retrOk() && (r.css() || q.cssAllowed())) {
                descend = true;
                isCss = true;
            }
            if (r.redirected() != null) {
                if (descend) {
                    RejectReason why = descendRedirect(r.redirected(), parsed, q.depth(), start);
                    if (why == RejectReason.SUCCESS) {
                        blacklisted(url);
                    } else {
                        rejected.reason(why, parsed, start);
                        descend = false;
                    }
                }
                url = r.redirected().url();
            } else {
                url = parsed.url();
            }
        }
        boolean leafHtml = false;
        if (descend && reclevel != INFINITE && q.depth() >= reclevel) {
            if (s.bool("pagerequisites") && (q.depth() == reclevel || q.depth() == reclevel + 1)) {
                // -p may go one level past -l for what a page needs, and one more for frames' pages
                leafHtml = true;
            } else {
                log.debug("Not descending further; at depth " + q.depth() + ", max. " + reclevel + ".\n");
                descend = false;
            }
        }
        if (descend) {
            children(url, file, isCss, q.depth(), leafHtml, start, rejected, contentEncoding, q.iri());
        }
        if (file != null && (s.bool("deleteafter") || s.bool("spider") || !rules.acceptable(file))) {
            removeTemporary(file);
        }
        return status;
    }

    /** The links of the document just read, each queued or rejected. */
    private void children(String url, String file, boolean isCss, int depth, boolean leafHtml, WgetUrl start,
                          RejectedLog rejected, String contentEncoding, UriEncoding iri) {
        HtmlLinks.Found found = isCss ? HtmlLinks.ofCssFile(file, url, log, session.iri)
                : HtmlLinks.ofHtmlFile(file, url, log, session.iri, contentEncoding == null);
        if (found == null) {
            return;
        }
        // a <meta> charset stands in for a Content-Type that named none
        String linksEncoding = contentEncoding != null ? contentEncoding : found.metaCharset();
        if (s.bool("robots") && found.nofollow()) {
            log.verbose("nofollow attribute found in " + file + ". Will not follow any links on this page\n");
            return;
        }
        WgetUrl parent;
        try {
            parent = iri.parse(log, url, true);
        } catch (WgetUrl.Invalid e) {
            return;
        }
        // the Referer of what the page links to, without the page's user and password
        String referer = parent.user() != null ? parent.withoutAuth() : url;
        for (LinkPos child : found.links()) {
            if (child.ignoreWhenDownloading) {
                log.debug("Not following due to 'ignore' flag: " + child.url.url() + "\n");
                continue;
            }
            if (leafHtml && !child.inline) {
                log.debug("Not following due to 'link inline' flag: " + child.url.url() + "\n");
                continue;
            }
            RejectReason why = downloadChild(child, parent, depth, start);
            if (why == RejectReason.SUCCESS) {
                enqueue(child.url.url(), referer, depth + 1, child.expectHtml, child.expectCss,
                        UriEncoding.set(log, session.iri, linksEncoding, false));
                blacklisted(child.url.url());
            } else {
                rejected.reason(why, child.url, parent);
            }
        }
    }

    private void blacklisted(String url) {
        blacklist.add(PercentCoding.decode(url));
    }

    private void enqueue(String url, String referer, int depth, boolean html, boolean css, UriEncoding iri) {
        queue.addLast(new Queued(url, referer, depth, html, css, iri));
        String encoding = iri.encoding();
        maxcount = Math.max(maxcount, queue.size());
        log.debug("Enqueuing " + url + " at depth " + depth + "\n");
        log.debug("Queue count " + queue.size() + ", maxcount " + maxcount + ".\n");
        log.debug("[IRI Enqueuing " + Quote.of(url) + " with " + (encoding == null ? "None" : Quote.of(encoding)) + "\n");
    }

    /**
     * download_child(): whether a link is queued — the blacklist, the scheme, -L, -D, -np, -I/-X,
     * the regexes, -A/-R (not for pages that lead further), -H, robots.txt, in that order.
     */
    private RejectReason downloadChild(LinkPos upos, WgetUrl parent, int depth, WgetUrl start) {
        WgetUrl u = upos.url;
        String url = u.url();
        log.debug("Deciding whether to enqueue \"" + url + "\".\n");
        RejectReason reason = decide(upos, u, url, parent, depth, start);
        log.debug(reason == RejectReason.SUCCESS ? "Decided to load it.\n" : "Decided NOT to load it.\n");
        return reason;
    }

    private RejectReason decide(LinkPos upos, WgetUrl u, String url, WgetUrl parent, int depth, WgetUrl start) {
        if (blacklist.contains(PercentCoding.decode(url))) {
            if (s.bool("spider")) {
                log.debug("download_child: parent->url is: " + Quote.of(parent.url()) + "\n");
            }
            log.debug("Already on the black list.\n");
            return RejectReason.BLACKLIST;
        }
        if (s.bool("httpsonly") && !u.scheme().equals("https")) {
            log.debug("Not following non-HTTPS links.\n");
            return RejectReason.NOTHTTPS;
        }
        boolean httpLike = u.scheme().equals("http") || u.scheme().equals("https");
        if (!httpLike) {
            log.debug("Not following non-HTTP schemes.\n");
            return RejectReason.NONHTTP;
        }
        if (s.bool("relativeonly") && !upos.relative) {
            log.debug("It doesn't really look like a relative link.\n");
            return RejectReason.ABSOLUTE;
        }
        if (!rules.acceptableDomain(u.host())) {
            log.debug("The domain was not accepted.\n");
            return RejectReason.DOMAIN;
        }
        if (s.bool("noparent") && u.host().equalsIgnoreCase(start.host())
                && (!u.scheme().equals(start.scheme()) || u.port() == start.port())
                && !(s.bool("pagerequisites") && upos.inline)) {
            if (!rules.subdir(start.dir(), u.dir())) {
                log.debug("Going to \"" + u.dir() + "\" would escape \"" + start.dir() + "\" with no_parent on.\n");
                return RejectReason.PARENT;
            }
        }
        if (rules.hasDirectoryLists() && !rules.acceptableDirectory(u.dir())) {
            log.debug(url + " (" + u.dir() + ") is excluded/not-included.\n");
            return RejectReason.LIST;
        }
        if (!rules.acceptableUrl(url)) {
            log.debug(url + " is excluded/not-included through regex.\n");
            return RejectReason.REGEX;
        }
        // -A/-R do not stop a page that may lead to wanted files; it is fetched, read, then removed
        if (!u.file().isEmpty() && !(AcceptRules.hasHtmlSuffix(u.file())
                && (reclevel == INFINITE || depth < reclevel - 1 || s.bool("pagerequisites")))) {
            if (!rules.acceptable(u.file())) {
                log.debug(url + " (" + u.file() + ") does not match acc/rej rules.\n");
                return RejectReason.RULES;
            }
        }
        if (!s.bool("spanhosts") && !parent.host().equalsIgnoreCase(u.host())) {
            log.debug("This is not the same hostname as the parent's (" + u.host() + " and " + parent.host() + ").\n");
            return RejectReason.SPANNEDHOST;
        }
        if (s.bool("robots") && !robotsFor(u, url).allows(u.path(), log)) {
            log.debug("Not following " + url + " because robots.txt forbids it.\n");
            blacklisted(url);
            return RejectReason.ROBOTS;
        }
        return RejectReason.SUCCESS;
    }

    /** descend_redirect(): a redirected page is read only if its new place passes download_child(), -I/-X and regexes aside. */
    private RejectReason descendRedirect(WgetUrl redirected, WgetUrl orig, int depth, WgetUrl start) {
        LinkPos upos = new LinkPos(redirected, 0, 0);
        RejectReason reason = downloadChild(upos, orig, depth, start);
        if (reason == RejectReason.SUCCESS) {
            blacklisted(redirected.url());
        } else if (reason == RejectReason.LIST || reason == RejectReason.REGEX) {
            log.debug("Ignoring decision for redirects, decided to load it.\n");
            blacklisted(redirected.url());
            reason = RejectReason.SUCCESS;
        } else {
            log.debug("Redirection \"" + redirected.url() + "\" failed the test.\n");
        }
        return reason;
    }

    /**
     * res_get_specs(), else res_retrieve_file(): /robots.txt of the link's server, fetched once with
     * --spider and -N off (its status not counted), read, and removed when it was only wanted for
     * this; a server without one allows everything.
     */
    private RobotsTxt robotsFor(WgetUrl u, String url) {
        String key = (u.host() + ":" + u.port()).toLowerCase(java.util.Locale.ROOT);
        RobotsTxt specs = robots.get(key);
        if (specs != null) {
            return specs;
        }
        UriEncoding.set(log, session.iri, pageEncoding, false);
        log.verbose("Loading robots.txt; please ignore errors.\n");
        boolean spider = s.bool("spider");
        boolean timestamping = s.bool("timestamping");
        s.put("spider", false);
        s.put("timestamping", false);
        HttpLoop.Retrieval r = null;
        try {
            // its IRI copies the page's encoding with utf8_encode off: nothing is converted
            r = new HttpLoop(session).retrieve(u.resolve("/robots.txt"), null, null);
        } catch (IOException | WgetUrl.Invalid e) {
            r = null;
        } finally {
            s.put("spider", spider);
            s.put("timestamping", timestamping);
        }
        specs = RobotsTxt.allowAll();
        if (r != null && r.result() == Uerr.RETROK && r.file() != null) {
            try {
                specs = RobotsTxt.parse(new String(Files.readAllBytes(Path.of(r.file())), StandardCharsets.ISO_8859_1), log);
            } catch (IOException e) {
                log.notQuiet("Cannot open " + r.file() + ": " + Errno.of(e).text() + "\n");
            }
            if (s.bool("deleteafter") || spider || r.file().endsWith(".tmp")) {
                log.verbose("Removing " + r.file() + ".\n");
                if (!new File(r.file()).delete()) {
                    log.notQuiet("unlink: " + Errno.ENOENT.text() + "\n");
                }
            }
        }
        robots.put(key, specs);
        return specs;
    }

    /** A file fetched only for its links (or --delete-after's): removed, and no longer a download. */
    private void removeTemporary(String file) {
        boolean plain = s.bool("deleteafter") || s.bool("spider");
        log.debug("Removing file due to " + (s.bool("deleteafter") ? "--delete-after" : s.bool("spider") ? "--spider"
                : "recursive rejection criteria") + " in recursive_retrieve():\n");
        log.verbose(plain ? "Removing " + file + ".\n" : "Removing " + file + " since it should be rejected.\n");
        try {
            Files.delete(Path.of(file));
        } catch (IOException e) {
            log.notQuiet("unlink: " + Errno.of(e).text() + "\n");
        }
        log.verbose("\n");
        session.downloads.registerDeleteFile(file);
    }
}
