package jtwins.curl;

/**
 * What the curl tool's share handle lets all transfers of one command line have in common: the
 * cookie jar (which a transfer uses only when its own options start the cookie engine), the
 * connection cache, the DNS cache and the HSTS cache (which only --hsts transfers consult); and, with --libcurl, the one C program every transfer's
 * options are written into (null without it).
 */
record TransferShare(CookieJar cookies, ConnectionCache connections, DnsCache dns, HstsCache hsts,
                     LibcurlSource source) {
}
