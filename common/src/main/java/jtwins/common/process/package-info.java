/**
 * What a twin does to its own process as the originals do: standard input as a channel one poll()
 * can wait on, a passphrase read from the controlling terminal, and a secret wiped from its command
 * line where ps reads it.
 */
package jtwins.common.process;
