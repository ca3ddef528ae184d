/**
 * Command lines as the originals' C parsers read them: getopt(3) and getopt_long(3) with glibc's
 * messages, strtol(3) and OpenBSD's strtonum(3); and the picocli option tables, with the originals'
 * own --help descriptions, that the man pages and shell completions are made from.
 */
package jtwins.common.options;
