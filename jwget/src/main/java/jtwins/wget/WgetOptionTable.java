package jtwins.wget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jtwins.common.options.GetoptLong;
import jtwins.common.options.GetoptLong.HasArg;

/**
 * wget 1.21.3's option_data[] as Debian builds it (GnuTLS, IPv6, zlib, no c-ares, no metalink), one row
 * per option, in its order: the order getopt_long matches prefixes in and lists ambiguities in. Each
 * row names the wgetrc command it sets, as the command line and .wgetrc share one setter table.
 */
final class WgetOptionTable {
    /** How main() treats an option; VALUE and BOOLEAN set their wgetrc command, the rest are special. */
    enum Kind { VALUE, BOOLEAN, FUNCALL, APPEND_OUTPUT, CLOBBER, DONT_REMOVE_LISTING, EXECUTE, NO, PARENT }

    record Row(String longName, char shortName, Kind kind, String command) {
    }

    static final List<Row> ROWS = List.of(
            row("accept", 'A', Kind.VALUE, "accept"),
            row("accept-regex", 0, Kind.VALUE, "acceptregex"),
            row("adjust-extension", 'E', Kind.BOOLEAN, "adjustextension"),
            row("append-output", 'a', Kind.APPEND_OUTPUT, null),
            row("ask-password", 0, Kind.BOOLEAN, "askpassword"),
            row("auth-no-challenge", 0, Kind.BOOLEAN, "authnochallenge"),
            row("background", 'b', Kind.BOOLEAN, "background"),
            row("backup-converted", 'K', Kind.BOOLEAN, "backupconverted"),
            row("backups", 0, Kind.BOOLEAN, "backups"),
            row("base", 'B', Kind.VALUE, "base"),
            row("bind-address", 0, Kind.VALUE, "bindaddress"),
            row("body-data", 0, Kind.VALUE, "bodydata"),
            row("body-file", 0, Kind.VALUE, "bodyfile"),
            row("ca-certificate", 0, Kind.VALUE, "cacertificate"),
            row("ca-directory", 0, Kind.VALUE, "cadirectory"),
            row("cache", 0, Kind.BOOLEAN, "cache"),
            row("certificate", 0, Kind.VALUE, "certificate"),
            row("certificate-type", 0, Kind.VALUE, "certificatetype"),
            row("check-certificate", 0, Kind.BOOLEAN, "checkcertificate"),
            row("ciphers", 0, Kind.VALUE, "ciphers"),
            row("clobber", 0, Kind.CLOBBER, null),
            row("compression", 0, Kind.VALUE, "compression"),
            row("config", 0, Kind.VALUE, "chooseconfig"),
            row("connect-timeout", 0, Kind.VALUE, "connecttimeout"),
            row("continue", 'c', Kind.BOOLEAN, "continue"),
            row("convert-file-only", 0, Kind.BOOLEAN, "convertfileonly"),
            row("convert-links", 'k', Kind.BOOLEAN, "convertlinks"),
            row("content-disposition", 0, Kind.BOOLEAN, "contentdisposition"),
            row("content-on-error", 0, Kind.BOOLEAN, "contentonerror"),
            row("cookies", 0, Kind.BOOLEAN, "cookies"),
            row("crl-file", 0, Kind.VALUE, "crlfile"),
            row("cut-dirs", 0, Kind.VALUE, "cutdirs"),
            row("debug", 'd', Kind.BOOLEAN, "debug"),
            row("default-page", 0, Kind.VALUE, "defaultpage"),
            row("delete-after", 0, Kind.BOOLEAN, "deleteafter"),
            row("directories", 0, Kind.BOOLEAN, "dirstruct"),
            row("directory-prefix", 'P', Kind.VALUE, "dirprefix"),
            row("dns-cache", 0, Kind.BOOLEAN, "dnscache"),
            row("dns-timeout", 0, Kind.VALUE, "dnstimeout"),
            row("domains", 'D', Kind.VALUE, "domains"),
            row("dont-remove-listing", 0, Kind.DONT_REMOVE_LISTING, null),
            row("dot-style", 0, Kind.VALUE, "dotstyle"),
            row("egd-file", 0, Kind.VALUE, "egdfile"),
            row("exclude-directories", 'X', Kind.VALUE, "excludedirectories"),
            row("exclude-domains", 0, Kind.VALUE, "excludedomains"),
            row("execute", 'e', Kind.EXECUTE, null),
            row("follow-ftp", 0, Kind.BOOLEAN, "followftp"),
            row("follow-tags", 0, Kind.VALUE, "followtags"),
            row("force-directories", 'x', Kind.BOOLEAN, "dirstruct"),
            row("force-html", 'F', Kind.BOOLEAN, "forcehtml"),
            row("ftp-password", 0, Kind.VALUE, "ftppassword"),
            row("ftp-user", 0, Kind.VALUE, "ftpuser"),
            row("ftps-clear-data-connection", 0, Kind.BOOLEAN, "ftpscleardataconnection"),
            row("ftps-fallback-to-ftp", 0, Kind.BOOLEAN, "ftpsfallbacktoftp"),
            row("ftps-implicit", 0, Kind.BOOLEAN, "ftpsimplicit"),
            row("ftps-resume-ssl", 0, Kind.BOOLEAN, "ftpsresumessl"),
            row("glob", 0, Kind.BOOLEAN, "glob"),
            row("header", 0, Kind.VALUE, "header"),
            row("help", 'h', Kind.FUNCALL, null),
            row("host-directories", 0, Kind.BOOLEAN, "addhostdir"),
            row("hsts", 0, Kind.BOOLEAN, "hsts"),
            row("hsts-file", 0, Kind.VALUE, "hstsfile"),
            row("html-extension", 'E', Kind.BOOLEAN, "adjustextension"),
            row("htmlify", 0, Kind.BOOLEAN, "htmlify"),
            row("http-keep-alive", 0, Kind.BOOLEAN, "httpkeepalive"),
            row("http-passwd", 0, Kind.VALUE, "httppassword"),
            row("http-password", 0, Kind.VALUE, "httppassword"),
            row("http-user", 0, Kind.VALUE, "httpuser"),
            row("https-only", 0, Kind.BOOLEAN, "httpsonly"),
            row("ignore-case", 0, Kind.BOOLEAN, "ignorecase"),
            row("ignore-length", 0, Kind.BOOLEAN, "ignorelength"),
            row("ignore-tags", 0, Kind.VALUE, "ignoretags"),
            row("include-directories", 'I', Kind.VALUE, "includedirectories"),
            row("inet4-only", '4', Kind.BOOLEAN, "inet4only"),
            row("inet6-only", '6', Kind.BOOLEAN, "inet6only"),
            row("input-file", 'i', Kind.VALUE, "input"),
            row("iri", 0, Kind.BOOLEAN, "iri"),
            row("keep-badhash", 0, Kind.BOOLEAN, "keepbadhash"),
            row("keep-session-cookies", 0, Kind.BOOLEAN, "keepsessioncookies"),
            row("level", 'l', Kind.VALUE, "reclevel"),
            row("limit-rate", 0, Kind.VALUE, "limitrate"),
            row("load-cookies", 0, Kind.VALUE, "loadcookies"),
            row("local-encoding", 0, Kind.VALUE, "localencoding"),
            row("rejected-log", 0, Kind.VALUE, "rejectedlog"),
            row("max-redirect", 0, Kind.VALUE, "maxredirect"),
            row("method", 0, Kind.VALUE, "method"),
            row("mirror", 'm', Kind.BOOLEAN, "mirror"),
            row("netrc", 0, Kind.BOOLEAN, "netrc"),
            row("no", 'n', Kind.NO, null),
            row("no-clobber", 0, Kind.BOOLEAN, "noclobber"),
            row("no-config", 0, Kind.BOOLEAN, "noconfig"),
            row("no-parent", 0, Kind.BOOLEAN, "noparent"),
            row("output-document", 'O', Kind.VALUE, "outputdocument"),
            row("output-file", 'o', Kind.VALUE, "logfile"),
            row("page-requisites", 'p', Kind.BOOLEAN, "pagerequisites"),
            row("parent", 0, Kind.PARENT, null),
            row("passive-ftp", 0, Kind.BOOLEAN, "passiveftp"),
            row("password", 0, Kind.VALUE, "password"),
            row("pinnedpubkey", 0, Kind.VALUE, "pinnedpubkey"),
            row("post-data", 0, Kind.VALUE, "postdata"),
            row("post-file", 0, Kind.VALUE, "postfile"),
            row("prefer-family", 0, Kind.VALUE, "preferfamily"),
            row("preserve-permissions", 0, Kind.BOOLEAN, "preservepermissions"),
            row("private-key", 0, Kind.VALUE, "privatekey"),
            row("private-key-type", 0, Kind.VALUE, "privatekeytype"),
            row("progress", 0, Kind.VALUE, "progress"),
            row("show-progress", 0, Kind.BOOLEAN, "showprogress"),
            row("protocol-directories", 0, Kind.BOOLEAN, "protocoldirectories"),
            row("proxy", 0, Kind.BOOLEAN, "useproxy"),
            row("proxy__compat", 'Y', Kind.VALUE, "useproxy"),
            row("proxy-passwd", 0, Kind.VALUE, "proxypassword"),
            row("proxy-password", 0, Kind.VALUE, "proxypassword"),
            row("proxy-user", 0, Kind.VALUE, "proxyuser"),
            row("quiet", 'q', Kind.BOOLEAN, "quiet"),
            row("quota", 'Q', Kind.VALUE, "quota"),
            row("random-file", 0, Kind.VALUE, "randomfile"),
            row("random-wait", 0, Kind.BOOLEAN, "randomwait"),
            row("read-timeout", 0, Kind.VALUE, "readtimeout"),
            row("recursive", 'r', Kind.BOOLEAN, "recursive"),
            row("referer", 0, Kind.VALUE, "referer"),
            row("regex-type", 0, Kind.VALUE, "regextype"),
            row("reject", 'R', Kind.VALUE, "reject"),
            row("reject-regex", 0, Kind.VALUE, "rejectregex"),
            row("relative", 'L', Kind.BOOLEAN, "relativeonly"),
            row("remote-encoding", 0, Kind.VALUE, "remoteencoding"),
            row("remove-listing", 0, Kind.BOOLEAN, "removelisting"),
            row("report-speed", 0, Kind.BOOLEAN, "reportspeed"),
            row("restrict-file-names", 0, Kind.BOOLEAN, "restrictfilenames"),
            row("retr-symlinks", 0, Kind.BOOLEAN, "retrsymlinks"),
            row("retry-connrefused", 0, Kind.BOOLEAN, "retryconnrefused"),
            row("retry-on-host-error", 0, Kind.BOOLEAN, "retryonhosterror"),
            row("retry-on-http-error", 0, Kind.VALUE, "retryonhttperror"),
            row("save-cookies", 0, Kind.VALUE, "savecookies"),
            row("save-headers", 0, Kind.BOOLEAN, "saveheaders"),
            row("secure-protocol", 0, Kind.VALUE, "secureprotocol"),
            row("server-response", 'S', Kind.BOOLEAN, "serverresponse"),
            row("span-hosts", 'H', Kind.BOOLEAN, "spanhosts"),
            row("spider", 0, Kind.BOOLEAN, "spider"),
            row("start-pos", 0, Kind.VALUE, "startpos"),
            row("strict-comments", 0, Kind.BOOLEAN, "strictcomments"),
            row("timeout", 'T', Kind.VALUE, "timeout"),
            row("timestamping", 'N', Kind.BOOLEAN, "timestamping"),
            row("if-modified-since", 0, Kind.BOOLEAN, "ifmodifiedsince"),
            row("tries", 't', Kind.VALUE, "tries"),
            row("unlink", 0, Kind.BOOLEAN, "unlink"),
            row("trust-server-names", 0, Kind.BOOLEAN, "trustservernames"),
            row("use-askpass", 0, Kind.VALUE, "useaskpass"),
            row("use-server-timestamps", 0, Kind.BOOLEAN, "useservertimestamps"),
            row("user", 0, Kind.VALUE, "user"),
            row("user-agent", 'U', Kind.VALUE, "useragent"),
            row("verbose", 'v', Kind.BOOLEAN, "verbose"),
            row("version", 'V', Kind.FUNCALL, null),
            row("wait", 'w', Kind.VALUE, "wait"),
            row("waitretry", 0, Kind.VALUE, "waitretry"),
            row("warc-cdx", 0, Kind.BOOLEAN, "warccdx"),
            row("warc-compression", 0, Kind.BOOLEAN, "warccompression"),
            row("warc-dedup", 0, Kind.VALUE, "warccdxdedup"),
            row("warc-digests", 0, Kind.BOOLEAN, "warcdigests"),
            row("warc-file", 0, Kind.VALUE, "warcfile"),
            row("warc-header", 0, Kind.VALUE, "warcheader"),
            row("warc-keep-log", 0, Kind.BOOLEAN, "warckeeplog"),
            row("warc-max-size", 0, Kind.VALUE, "warcmaxsize"),
            row("warc-tempdir", 0, Kind.VALUE, "warctempdir"),
            row("xattr", 0, Kind.BOOLEAN, "xattr"));

    private WgetOptionTable() {
    }

    private static Row row(String longName, int shortName, Kind kind, String command) {
        return new Row(longName, (char) shortName, kind, command);
    }

    /**
     * init_switches(): each row's long name, and for a boolean also "no-NAME" without a value (id odd);
     * a boolean's own name takes an optional value so that --opt=off works, but its letter takes none.
     */
    static GetoptLong getopt() {
        List<GetoptLong.LongOption> longs = new ArrayList<>();
        Map<Character, GetoptLong.ShortOption> shorts = new HashMap<>();
        for (int i = 0; i < ROWS.size(); i++) {
            Row r = ROWS.get(i);
            HasArg has = switch (r.kind()) {
                case VALUE, APPEND_OUTPUT, EXECUTE, NO -> HasArg.REQUIRED;
                case BOOLEAN, CLOBBER, PARENT -> HasArg.OPTIONAL;
                case FUNCALL, DONT_REMOVE_LISTING -> HasArg.NO;
            };
            longs.add(new GetoptLong.LongOption(r.longName(), has, 2 * i));
            if (r.kind() == Kind.BOOLEAN) {
                longs.add(new GetoptLong.LongOption("no-" + r.longName(), HasArg.NO, 2 * i + 1));
            }
            if (r.shortName() != 0 && !shorts.containsKey(r.shortName())) {
                shorts.put(r.shortName(), new GetoptLong.ShortOption(2 * i, has == HasArg.REQUIRED));
            }
        }
        return new GetoptLong(longs, shorts);
    }
}
