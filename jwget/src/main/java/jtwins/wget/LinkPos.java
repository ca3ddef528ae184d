package jtwins.wget;

/**
 * html-url.h's struct urlpos: one link found in a document, where it is in the document's bytes
 * (its raw attribute value, quotes included), and what kind of link it is — what recursion follows
 * and how link conversion rewrites it.
 */
final class LinkPos {
    final WgetUrl url;
    final int pos;
    final int size;
    /** written without a scheme and not starting with '/' */
    boolean relative;
    /** written with a scheme */
    boolean complete;
    /** needed to show the page (images, style sheets, frames): -p follows these */
    boolean inline;
    boolean expectHtml;
    boolean expectCss;
    /** &lt;base href&gt; and &lt;form action&gt;: converted, never fetched */
    boolean ignoreWhenDownloading;
    boolean base;
    /** &lt;meta http-equiv=refresh&gt;: its content is "N; URL=..." */
    boolean refresh;
    int refreshTimeout;
    /** found in CSS: replaced without quotes */
    boolean css;
    /** in a srcset: replaced without quotes */
    boolean noquoteHtml;

    LinkPos(WgetUrl url, int pos, int size) {
        this.url = url;
        this.pos = pos;
        this.size = size;
    }
}
