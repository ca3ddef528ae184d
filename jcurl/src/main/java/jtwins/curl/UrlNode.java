package jtwins.curl;

/** tool_getparam.c's getout node: one URL and the output it was paired with, in command-line order. */
final class UrlNode {
    String url;
    String outfile;
    boolean remoteName;
    boolean urlSet;
    boolean outSet;
    /** -T: the file to PUT there ("-" or "." for stdin), null for none. */
    String infile;
    boolean uploadSet;
}
