package jtwins.wget;

/** recur.c's reject_reason: why download_child() did not queue a link, as --rejected-log names it. */
enum RejectReason {
    SUCCESS, BLACKLIST, NOTHTTPS, NONHTTP, ABSOLUTE, DOMAIN, PARENT, LIST, REGEX, RULES, SPANNEDHOST, ROBOTS
}
