package jtwins.wget;

import java.util.List;
import java.util.regex.Pattern;

/**
 * utils.c's and host.c's filters for recursion: -A/-R on a file name (acceptable(): a wildcard
 * pattern by fnmatch, else a suffix), -I/-X on a directory (accdir(): a wildcard by fnmatch with
 * FNM_PATHNAME, else a directory prefix), --accept-regex/--reject-regex on the whole URL
 * (accept_url()), -D/--exclude-domains on the host (accept_domain(): a domain or any subdomain),
 * --no-parent's subdir_p(); all case-folded with --ignore-case.
 */
final class AcceptRules {
    private final WgetSettings s;
    private final boolean fold;
    private final Pattern acceptRegex;
    private final Pattern rejectRegex;

    AcceptRules(WgetSettings s) {
        this.s = s;
        this.fold = s.bool("ignorecase");
        this.acceptRegex = compile(s.string("acceptregex"));
        this.rejectRegex = compile(s.string("rejectregex"));
    }

    private static Pattern compile(String regex) {
        return regex == null ? null : Pattern.compile(regex);
    }

    /** acceptable(): the file name after its last slash, by -A then -R; -O's own name always. */
    boolean acceptable(String file) {
        if (s.string("outputdocument") != null && file.equals(s.string("outputdocument"))) {
            return true;
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        List<String> accepts = s.vector("accept");
        List<String> rejects = s.vector("reject");
        if (accepts != null) {
            return inList(accepts, name) && (rejects == null || !inList(rejects, name));
        }
        return rejects == null || !inList(rejects, name);
    }

    /** in_acclist(s, backward): a pattern with wildcards by fnmatch, any other as the name's tail. */
    private boolean inList(List<String> list, String name) {
        for (String pattern : list) {
            if (hasWildcards(pattern)) {
                if (Fnmatch.matches(pattern, name, false, fold)) {
                    return true;
                }
            } else if (name.length() >= pattern.length() && name.regionMatches(fold, name.length() - pattern.length(),
                    pattern, 0, pattern.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean hasWildcards(String s) {
        for (char c : s.toCharArray()) {
            if (c == '*' || c == '?' || c == '[' || c == ']') {
                return true;
            }
        }
        return false;
    }

    boolean hasDirectoryLists() {
        return s.vector("includedirectories") != null || s.vector("excludedirectories") != null;
    }

    /** accdir(): within one of -I's and none of -X's. */
    boolean acceptableDirectory(String directory) {
        String dir = directory.startsWith("/") ? directory.substring(1) : directory;
        List<String> includes = s.vector("includedirectories");
        List<String> excludes = s.vector("excludedirectories");
        if (includes != null && !dirMatches(includes, dir)) {
            return false;
        }
        return excludes == null || !dirMatches(excludes, dir);
    }

    private boolean dirMatches(List<String> list, String dir) {
        for (String entry : list) {
            String p = entry.startsWith("/") ? entry.substring(1) : entry;
            if (hasWildcards(p) ? Fnmatch.matches(p, dir, true, fold) : subdir(p, dir)) {
                return true;
            }
        }
        return false;
    }

    /** subdir_p(d1, d2): d2 is d1 or a directory under it. */
    boolean subdir(String d1, String d2) {
        if (d1.isEmpty()) {
            return true;
        }
        int i = 0;
        while (i < d1.length() && i < d2.length() && (fold
                ? Character.toLowerCase(d1.charAt(i)) == Character.toLowerCase(d2.charAt(i))
                : d1.charAt(i) == d2.charAt(i))) {
            i++;
        }
        return i == d1.length() && (i == d2.length() || d2.charAt(i) == '/');
    }

    /** accept_url(): --accept-regex must find a match in the URL, --reject-regex must not. */
    boolean acceptableUrl(String url) {
        if (acceptRegex != null && !acceptRegex.matcher(url).find()) {
            return false;
        }
        return rejectRegex == null || !rejectRegex.matcher(url).find();
    }

    /** accept_domain(): under one of -D's domains, and under none of --exclude-domains'. */
    boolean acceptableDomain(String host) {
        List<String> domains = s.vector("domains");
        List<String> excluded = s.vector("excludedomains");
        if (domains != null && !sufmatch(domains, host)) {
            return false;
        }
        return excluded == null || !sufmatch(excluded, host);
    }

    /** sufmatch(): the host is the domain, a subdomain of it, or ends with a domain given with a leading dot. */
    private static boolean sufmatch(List<String> list, String what) {
        for (String d : list) {
            if (what.length() < d.length()) {
                continue;
            }
            if (!what.regionMatches(true, what.length() - d.length(), d, 0, d.length())) {
                continue;
            }
            int k = what.length() - d.length() - 1;
            if (k == -1 || what.charAt(k) == '.' || d.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** has_html_suffix_p(): .html, .htm, or any one character then "html" (.shtml, .xhtml). */
    static boolean hasHtmlSuffix(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || name.indexOf('/', dot + 1) >= 0) {
            return false;
        }
        String suf = name.substring(dot + 1);
        return suf.equalsIgnoreCase("html") || suf.equalsIgnoreCase("htm")
                || (!suf.isEmpty() && suf.substring(1).equalsIgnoreCase("html"));
    }
}
