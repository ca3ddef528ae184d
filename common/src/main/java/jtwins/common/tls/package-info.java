/**
 * TLS as the originals do it: the CA bundle Debian builds them with, curl's host-name check, a trust
 * manager that lets the chain through for originals that judge it afterwards in their own words, and
 * TLS records over a twin's own socket code, so that the timers the original arms on its socket bound
 * every read of the handshake too.
 */
package jtwins.common.tls;
