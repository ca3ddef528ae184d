package jtwins.curl;

/**
 * What the curl tool's share handle lets all transfers of one command line have in common: the
 * cookie jar (null when the cookie engine is off) and the connection cache.
 */
record TransferShare(CookieJar cookies, ConnectionCache connections) {
}
