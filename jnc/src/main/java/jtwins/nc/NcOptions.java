package jtwins.nc;

import jtwins.common.options.Getopt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The option table of Debian's nc (netcat-openbsd 1.219-1): one row per option, as `nc -h` lists them. */
@Command(name = "nc", description = "arbitrary TCP and UDP connections and listens")
final class NcOptions {
    /** getopt's optstring for this table; NcOptionsTest holds it equal to the annotated rows. */
    static final String OPTSTRING = "46bCDdFhI:i:klM:m:NnO:P:p:q:rSs:T:tUuV:vW:w:X:x:Zz";

    @Option(names = "-4", description = "Use IPv4") boolean ipv4;
    @Option(names = "-6", description = "Use IPv6") boolean ipv6;
    @Option(names = "-b", description = "Allow broadcast") boolean broadcast;
    @Option(names = "-C", description = "Send CRLF as line-ending") boolean crlf;
    @Option(names = "-D", description = "Enable the debug socket option") boolean soDebug;
    @Option(names = "-d", description = "Detach from stdin") boolean detach;
    @Option(names = "-F", description = "Pass socket fd") boolean fdPass;
    @Option(names = "-h", description = "This help text") boolean help;
    @Option(names = "-I", paramLabel = "length", description = "TCP receive buffer length") String recvBuffer;
    @Option(names = "-i", paramLabel = "interval", description = "Delay interval for lines sent, ports scanned") String interval;
    @Option(names = "-k", description = "Keep inbound sockets open for multiple connects") boolean keep;
    @Option(names = "-l", description = "Listen mode, for inbound connects") boolean listen;
    @Option(names = "-M", paramLabel = "ttl", description = "Outgoing TTL / Hop Limit") String ttl;
    @Option(names = "-m", paramLabel = "minttl", description = "Minimum incoming TTL / Hop Limit") String minTtl;
    @Option(names = "-N", description = "Shutdown the network socket after EOF on stdin") boolean shutdownOnEof;
    @Option(names = "-n", description = "Suppress name/port resolutions") boolean numeric;
    @Option(names = "-O", paramLabel = "length", description = "TCP send buffer length") String sendBuffer;
    @Option(names = "-P", paramLabel = "proxyuser", description = "Username for proxy authentication") String proxyUser;
    @Option(names = "-p", paramLabel = "port", description = "Specify local port for remote connects") String sourcePort;
    @Option(names = "-q", paramLabel = "secs", description = "quit after EOF on stdin and delay of secs") String quitAfter;
    @Option(names = "-r", description = "Randomize remote ports") boolean randomPorts;
    @Option(names = "-S", description = "Enable the TCP MD5 signature option") boolean md5sig;
    @Option(names = "-s", paramLabel = "sourceaddr", description = "Local source address") String sourceAddress;
    @Option(names = "-T", paramLabel = "keyword", description = "TOS value") String tos;
    @Option(names = "-t", description = "Answer TELNET negotiation") boolean telnet;
    @Option(names = "-U", description = "Use UNIX domain socket") boolean unix;
    @Option(names = "-u", description = "UDP mode") boolean udp;
    @Option(names = "-V", paramLabel = "rtable", description = "Specify alternate routing table") String rtable;
    @Option(names = "-v", description = "Verbose") boolean verbose;
    @Option(names = "-W", paramLabel = "recvlimit", description = "Terminate after receiving a number of packets") String recvLimit;
    @Option(names = "-w", paramLabel = "timeout", description = "Timeout for connects and final net reads") String timeout;
    @Option(names = "-X", paramLabel = "proto", description = "Proxy protocol: \"4\", \"5\" (SOCKS) or \"connect\"") String proxyProtocol;
    @Option(names = "-x", paramLabel = "addr[:port]", description = "Specify proxy address and port") String proxy;
    @Option(names = "-Z", description = "DCCP mode") boolean dccp;
    @Option(names = "-z", description = "Zero-I/O mode [used for scanning]") boolean zeroIo;
    @Parameters(paramLabel = "destination port", description = "host and port(s); lo-hi ranges allowed") String[] operands;

    /** Records one option as getopt returns it; the last value given wins, as in nc. */
    void set(Getopt.Found found) {
        String v = found.value();
        switch (found.letter()) {
            case '4' -> ipv4 = true;
            case '6' -> ipv6 = true;
            case 'b' -> broadcast = true;
            case 'C' -> crlf = true;
            case 'D' -> soDebug = true;
            case 'd' -> detach = true;
            case 'F' -> fdPass = true;
            case 'h' -> help = true;
            case 'I' -> recvBuffer = v;
            case 'i' -> interval = v;
            case 'k' -> keep = true;
            case 'l' -> listen = true;
            case 'M' -> ttl = v;
            case 'm' -> minTtl = v;
            case 'N' -> shutdownOnEof = true;
            case 'n' -> numeric = true;
            case 'O' -> sendBuffer = v;
            case 'P' -> proxyUser = v;
            case 'p' -> sourcePort = v;
            case 'q' -> quitAfter = v;
            case 'r' -> randomPorts = true;
            case 'S' -> md5sig = true;
            case 's' -> sourceAddress = v;
            case 'T' -> tos = v;
            case 't' -> telnet = true;
            case 'U' -> unix = true;
            case 'u' -> udp = true;
            case 'V' -> rtable = v;
            case 'v' -> verbose = true;
            case 'W' -> recvLimit = v;
            case 'w' -> timeout = v;
            case 'X' -> proxyProtocol = v;
            case 'x' -> proxy = v;
            case 'Z' -> dccp = true;
            case 'z' -> zeroIo = true;
            default -> throw new IllegalArgumentException("no row for -" + found.letter());
        }
    }
}
