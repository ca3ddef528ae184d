package jtwins.wget;

import java.util.HashMap;
import java.util.Map;

/**
 * convert.c's record of the run's downloads: which file each URL went to (redirections too), which
 * URL each file came from, the HTML and CSS files for link conversion (kept in wget's hash order,
 * which decides the order files are converted in), and which were saved with an added extension.
 */
final class Downloads {
    private final Map<String, String> fileToUrl = new HashMap<>();
    private final Map<String, String> urlToFile = new HashMap<>();
    final WgetHashOrder html = new WgetHashOrder();
    final WgetHashOrder css = new WgetHashOrder();
    /** downloaded_file(): each file saved in this run, and whether -E added its extension; the first word stays. */
    private final Map<String, Boolean> saved = new HashMap<>();

    /** register_download(): a file holds one URL; a second URL into the same file takes it over. */
    void registerDownload(String url, String file) {
        String oldUrl = fileToUrl.get(file);
        if (oldUrl != null) {
            if (oldUrl.equals(url)) {
                return;
            }
            if (!(matchExceptIndex(url, oldUrl) && !urlToFile.containsKey(url))) {
                fileToUrl.remove(file);
                urlToFile.values().removeIf(f -> f.equals(file));
                fileToUrl.put(file, url);
            }
        } else {
            fileToUrl.put(file, url);
        }
        urlToFile.put(url, file);
    }

    /** register_redirection(): the URL first asked for leads to the file its last hop went to. */
    void registerRedirection(String from, String to) {
        String file = urlToFile.get(to);
        if (file != null && !urlToFile.containsKey(from)) {
            urlToFile.put(from, file);
        }
    }

    /** register_delete_file(): a removed file no longer stands for its URL in conversions. */
    void registerDeleteFile(String file) {
        fileToUrl.remove(file);
    }

    void registerHtml(String file) {
        html.add(file);
    }

    void registerCss(String file) {
        css.add(file);
    }

    void saved(String file, boolean extensionAdded) {
        saved.putIfAbsent(file, extensionAdded);
    }

    /** downloaded_file(CHECK_FOR_FILE): null when the file was not saved in this run. */
    Boolean savedWithExtension(String file) {
        return saved.get(file);
    }

    String fileOf(String url) {
        return urlToFile.get(url);
    }

    String urlOf(String file) {
        return fileToUrl.get(file);
    }

    /** match_except_index(): "foo/", "foo/index.html" and "foo" name one page. */
    private static boolean matchExceptIndex(String s1, String s2) {
        int i = 0;
        while (i < s1.length() && i < s2.length() && s1.charAt(i) == s2.charAt(i)) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == s1.length() && i == s2.length()) {
            return true;
        }
        if (i < s1.length() && i < s2.length()) {
            return false;
        }
        String longer = i < s1.length() ? s1 : s2;
        int lng = i;
        if (longer.charAt(lng) != '/') {
            lng--;
        }
        String rest = longer.substring(lng);
        return rest.equals("/") || rest.equals("/index.html");
    }
}
