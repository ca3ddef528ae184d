package jtwins.curl;

/** The multi state a transfer is in when a timer ends it: it decides multi_handle_timeout()'s words. */
enum Stage { RESOLVING, CONNECTING, PERFORMING }
