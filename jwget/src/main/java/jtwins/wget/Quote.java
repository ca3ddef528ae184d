package jtwins.wget;

/**
 * gnulib's quote() as wget prints file names and values: ‘…’ when the locale's character set is
 * UTF-8, '…' otherwise (the C locale). The backquoted `wget --help' in usage lines is literal text,
 * not this.
 */
final class Quote {
    private static final boolean UTF8 = utf8Locale();

    private Quote() {
    }

    /** nl_langinfo(CODESET) as wget's opt.locale holds it: UTF-8, or the C locale's ANSI_X3.4-1968. */
    static String codeset() {
        return UTF8 ? "UTF-8" : "ANSI_X3.4-1968";
    }

    static String of(String s) {
        return UTF8 ? "\u2018" + s + "\u2019" : "'" + s + "'";
    }

    /**
     * quotearg's escaping of a name held as bytes (one char each), as the locale prints it: in a UTF-8
     * locale its UTF-8 characters as they are, in the C locale each byte above 127 as "\ooo".
     */
    static String bytes(String latin1) {
        byte[] raw = latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (UTF8) {
            java.nio.charset.CharsetDecoder strict = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            try {
                return strict.decode(java.nio.ByteBuffer.wrap(raw)).toString();
            } catch (java.nio.charset.CharacterCodingException notUtf8) {
                // escaped byte by byte below, as quotearg does with an invalid sequence
            }
        }
        StringBuilder out = new StringBuilder();
        for (byte b : raw) {
            int c = b & 0xff;
            out.append(c >= 0x80 ? String.format("\\%03o", c) : String.valueOf((char) c));
        }
        return out.toString();
    }

    /** setlocale(LC_ALL, ""): LC_ALL, then LC_CTYPE, then LANG decide the character set. */
    private static boolean utf8Locale() {
        String locale = null;
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = System.getenv(name);
            if (v != null && !v.isEmpty()) {
                locale = v;
                break;
            }
        }
        if (locale == null) {
            return false;
        }
        int dot = locale.indexOf('.');
        if (dot < 0) {
            return false;
        }
        String charset = locale.substring(dot + 1);
        int at = charset.indexOf('@');
        if (at >= 0) {
            charset = charset.substring(0, at);
        }
        charset = charset.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        return charset.equals("utf8");
    }
}
