/**
 * The system calls the JDK has no name for, made through jnr-ffi and loaded lazily (JnrStartup) so
 * that a twin that never needs them never pays for them: unix-domain sockets with the originals'
 * addresses and shutdown(2) halves, SCM_RIGHTS descriptor passing, socket options by number,
 * TIOCGWINSZ, and the descriptor under a JDK channel.
 */
package jtwins.common.nativecall;
