package jtwins.wget;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import jtwins.common.resolver.Idna;

/**
 * iri.c's struct iri: the encoding a URL is taken to be in (a page's charset for its links, the
 * locale's for the command line, --remote-encoding over both), and whether it is still to be
 * converted to UTF-8 (utf8_encode). url_parse() with it converts the URL's bytes — its unreserved
 * %XX decoded first — from that encoding to UTF-8 and percent-encodes the result, keeping the
 * conversion on only while it changes something; a host that held %XX is decoded and, IRI being on,
 * put through IDNA. URLs read out of documents are byte strings here (one char a byte); what goes to
 * WgetUrl is always ASCII.
 *
 * <p>-d shows it as Debian's wget does: "URI encoding = ..." each time an encoding is set, and
 * "converted ..." for each conversion (not in a UTF-8 locale, where an ASCII URL is not converted).
 */
final class UriEncoding {
    private final IriOptions options;
    private String encoding;
    private boolean utf8Encode;
    private String origUrl;

    private UriEncoding(IriOptions options) {
        this.options = options;
        this.encoding = options.remote();
        this.utf8Encode = options.enabled();
    }

    /** iri_new() then set_uri_encoding(charset, force): said with -d. */
    static UriEncoding set(WgetLog log, IriOptions options, String charset, boolean force) {
        UriEncoding iri = new UriEncoding(options);
        iri.setEncoding(log, charset, force);
        return iri;
    }

    /** set_uri_encoding(): --remote-encoding wins unless forced. */
    void setEncoding(WgetLog log, String charset, boolean force) {
        log.debug("URI encoding = " + (charset == null ? "None" : Quote.of(charset)) + "\n");
        if (!force && options.remote() != null) {
            return;
        }
        encoding = charset;
    }

    /** iri_dup() for each URL of an input file: its encoding, conversion on as --iri says. */
    UriEncoding copy() {
        UriEncoding c = new UriEncoding(options);
        c.encoding = encoding;
        return c;
    }

    String encoding() {
        return encoding;
    }

    /** append_url() asks for the conversion whatever --iri says. */
    UriEncoding converting() {
        utf8Encode = true;
        return this;
    }

    /** A redirect: conversion on again as --iri says, in --remote-encoding when given. */
    void redirected(WgetLog log) {
        utf8Encode = options.enabled();
        origUrl = null;
        if (options.remote() != null) {
            setEncoding(log, options.remote(), true);
        }
    }

    /** A string from the command line (argv's bytes as the JVM decoded them) as the byte string wget has. */
    static String bytesOf(String unicode) {
        return new String(unicode.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** url_parse(url, iri, percent_encode): url is a byte string. */
    WgetUrl parse(WgetLog log, String url, boolean percentEncode) throws WgetUrl.Invalid {
        String converted = utf8Encode ? remoteToUtf8(log, origUrl != null ? origUrl : url) : null;
        WgetUrl u;
        if (converted != null) {
            origUrl = url;
            u = WgetUrl.parse(escapeHigh(converted), true);
        } else {
            utf8Encode = false;
            u = percentEncode ? WgetUrl.parse(escapeHigh(url), true) : WgetUrl.parse(url, false);
        }
        return host(log, u);
    }

    /**
     * retrieve_url()'s second chance for a fetch that failed with its URL converted to UTF-8: the
     * original URL parsed again without the conversion (its host through IDNA again, said again when
     * refused); the URL to fetch instead when that gives another one, else null.
     */
    WgetUrl withoutUtf8(WgetLog log, String originalUrl, WgetUrl parsedBefore) {
        if (!utf8Encode) {
            return null;
        }
        utf8Encode = false;
        try {
            WgetUrl u = parse(log, originalUrl, true);
            if (u.url().equals(parsedBefore.url())) {
                log.debug("[Needn't fallback to non-utf8 for " + Quote.of(Quote.bytes(originalUrl)) + "\n");
                return null;
            }
            log.debug("[IRI fallbacking to non-utf8 for " + Quote.of(Quote.bytes(originalUrl)) + "\n");
            return u;
        } catch (WgetUrl.Invalid e) {
            log.debug("[Couldn't fallback to non-utf8 for " + Quote.of(Quote.bytes(originalUrl)) + "\n");
            return null;
        }
    }

    /** A URL already parsed, parsed again with this IRI (a redirect's new location). */
    WgetUrl reparse(WgetLog log, WgetUrl u) throws WgetUrl.Invalid {
        return utf8Encode ? parse(log, u.url(), true) : u;
    }

    /** The host: %XX decoded (a control character refused), then IDNA when IRI is on. */
    private WgetUrl host(WgetLog log, WgetUrl u) throws WgetUrl.Invalid {
        if (u.host().indexOf('%') < 0) {
            return u;
        }
        String raw = new String(PercentCoding.decodeToBytes(u.host()), StandardCharsets.ISO_8859_1);
        for (char c : raw.toCharArray()) {
            if (c < 32 || c == 127) {
                throw new WgetUrl.Invalid("Invalid host name");
            }
        }
        String host = raw;
        // idn_encode(): the host in UTF-8 (converted first unless the URL was), then to ASCII
        String src = !options.enabled() ? null : utf8Encode ? raw : remoteToUtf8(log, raw);
        if (src != null) {
            Idna.Result ace = Idna.fromUtf8(src);
            if (ace.ok()) {
                host = ace.ascii();
            } else {
                log.verbose("idn_encode failed (" + ace.code() + "): " + Quote.of(ace.reason()) + "\n");
            }
        }
        return new WgetUrl(u.scheme(), u.user(), u.password(), host, u.port(), u.path(), u.query());
    }

    /**
     * remote_to_utf8(): null when nothing is converted (no encoding; UTF-8 with only ASCII; an
     * encoding iconv would not know; a result equal to the input), else the UTF-8 byte string.
     */
    private String remoteToUtf8(WgetLog log, String str) {
        if (encoding == null) {
            return null;
        }
        if (encoding.equalsIgnoreCase("UTF-8")) {
            for (int i = 0; i < str.length(); i++) {
                if (str.charAt(i) > 127) {
                    return str;
                }
            }
            return null;
        }
        Charset from;
        try {
            from = Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            log.verbose("Conversion from " + Quote.of(encoding) + " to " + Quote.of("UTF-8") + " isn't supported\n");
            return null;
        }
        String out = convert(log, PercentCoding.decodeExceptReserved(str), from);
        // do_conversion() does not print what may hold a password
        if (str.indexOf('@') < 0 && out.indexOf('@') < 0) {
            log.debug("converted " + Quote.of(str) + " (" + encoding + ") -> " + Quote.of(out) + " (UTF-8)\n");
        } else {
            log.debug("logging suppressed, strings may contain password\n");
        }
        return out.equals(str) ? null : out;
    }

    /** do_conversion()'s iconv: a byte that is no character of the encoding is copied as it is, once said. */
    private static String convert(WgetLog log, String bytes, Charset from) {
        CharsetDecoder decoder = from.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CharBuffer chars = CharBuffer.allocate(bytes.length() * 2 + 4);
        boolean said = false;
        while (true) {
            CoderResult r = decoder.decode(in, chars, true);
            chars.flip();
            out.writeBytes(chars.toString().getBytes(StandardCharsets.UTF_8));
            chars.clear();
            if (r.isError()) {
                if (!said) {
                    log.verbose("Incomplete or invalid multibyte sequence encountered\n");
                    said = true;
                }
                for (int i = 0; i < r.length(); i++) {
                    out.write(in.get());
                }
                continue;
            }
            if (!r.isOverflow()) {
                break;
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** reencode_escapes() on a byte string: every byte above 127 as %XX before the rest is looked at. */
    private static String escapeHigh(String bytes) {
        StringBuilder b = new StringBuilder(bytes.length());
        for (char c : bytes.toCharArray()) {
            if (c > 127) {
                b.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 15, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
