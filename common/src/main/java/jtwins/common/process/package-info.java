/**
 * What a twin does to its own process as the originals do: standard input as a channel one poll()
 * can wait on, a passphrase read from the controlling terminal, and a secret wiped from its command
 * line where ps reads it; the small files it reads as it starts (/proc, /etc), read without NIO's
 * file channels.
 */
package jtwins.common.process;
