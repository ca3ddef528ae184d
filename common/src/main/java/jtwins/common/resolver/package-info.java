/**
 * glibc's getaddrinfo() as the originals see it: /etc/hosts (HostsFile), resolv.conf (ResolvConf and
 * its ResolverSchedule of tries and timeouts), the UDP queries and their replies read as glibc reads
 * them (DnsLookup, DnsReply), RFC 3484 ordering (AddressOrder), getnameinfo() and /etc/services, and
 * gai_strerror()'s texts (GaiError). Resolver is the entry point; a lookup is bounded by the caller's
 * Deadline and by its own schedule, whichever ends first.
 */
package jtwins.common.resolver;
