package jtwins.curl;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * --libcurl: the C program curl writes for its command line (tool_easysrc.c), built as tool_setopt.c
 * builds it. Each setopt lands in one of five lists (declarations, data set-up, the calls, the
 * options that cannot be written as source, the clean-up); a value equal to the option's default is
 * left out; strings are written in C syntax. The file is written once all transfers are done.
 */
final class LibcurlSource {
    /** tool_setopt.c's MAX_STRING_LENGTH_OUTPUT: a longer string is cut there and ends in "...". */
    private static final int MAX_STRING = 2000;

    private final List<String> decl = new ArrayList<>();
    private final List<String> data = new ArrayList<>();
    private final List<String> code = new ArrayList<>();
    private final List<String> tooHard = new ArrayList<>();
    private final List<String> clean = new ArrayList<>();
    private int mimeCount;
    private int slistCount;

    /** easysrc_init(). */
    LibcurlSource() {
        code.add("hnd = curl_easy_init();");
    }

    /** A long option (tool_setopt()): left out when it is the option's default, 0 but for the few set to 1. */
    void setLong(String name, long value) {
        if (value != nonZeroDefault(name)) {
            code.add(call(name, value + "L"));
        }
    }

    private static long nonZeroDefault(String name) {
        return switch (name) {
            case "CURLOPT_SSL_VERIFYPEER", "CURLOPT_SSL_VERIFYHOST", "CURLOPT_SSL_ENABLE_NPN", "CURLOPT_SSL_ENABLE_ALPN",
                    "CURLOPT_TCP_NODELAY", "CURLOPT_PROXY_SSL_VERIFYPEER", "CURLOPT_PROXY_SSL_VERIFYHOST",
                    "CURLOPT_SOCKS5_AUTH" -> 1;
            default -> 0;
        };
    }

    /** A curl_off_t option: left out when 0. */
    void setOff(String name, long value) {
        if (value != 0) {
            code.add(call(name, "(curl_off_t)" + value));
        }
    }

    /** A string option: left out when unset; a POSTFIELDS-like one gives its length, for the NULs in it. */
    void setString(String name, String value) {
        if (value != null) {
            code.add(call(name, "\"" + escape(value, value.length()) + "\""));
        }
    }

    /** A string set through my_setopt() rather than my_setopt_str(): only named, as an object pointer. */
    void setObject(String name, boolean set) {
        if (set) {
            tooHard.add(name + " was set to an object pointer");
        }
    }

    void setFunction(String name) {
        tooHard.add(name + " was set to a function pointer");
    }

    /** tool_setopt_enum(): the value's name from its list, or the number when it has none; 0 is left out. */
    void setEnum(String name, long value, String valueName) {
        if (value != 0) {
            code.add(call(name, valueName != null ? "(long)" + valueName : value + "L"));
        }
    }

    /**
     * tool_setopt_bitmask(): each name of the list whose bits are all still in the value takes them
     * (its continuation lines indented under the first), bits no name has end it as a number.
     */
    void setBitmask(String name, long value, String[] names, long[] bits) {
        if (value == 0) {
            return;
        }
        String preamble = "curl_easy_setopt(hnd, " + name + ", ";
        long rest = value;
        for (int i = 0; i < names.length; i++) {
            if ((bits[i] & ~rest) == 0) {
                rest &= ~bits[i];
                code.add(preamble + "(long)" + names[i] + (rest != 0 ? " |" : ");"));
                if (rest == 0) {
                    return;
                }
                preamble = " ".repeat(preamble.length());
            }
        }
        code.add(preamble + Long.toUnsignedString(rest) + "UL);");
    }

    /** tool_setopt_slist(): a list variable of its own, filled in the data section; nothing for an empty list. */
    void setSlist(String name, List<String> items) {
        if (!items.isEmpty()) {
            code.add(call(name, "slist" + slist(items)));
        }
    }

    /** libcurl_generate_slist(): the variable's number. */
    private int slist(List<String> items) {
        int n = ++slistCount;
        decl.add("struct curl_slist *slist" + n + ";");
        data.add("slist" + n + " = NULL;");
        clean.add("curl_slist_free_all(slist" + n + ");");
        clean.add("slist" + n + " = NULL;");
        for (String item : items) {
            data.add("slist" + n + " = curl_slist_append(slist" + n + ", \"" + escape(item, item.length()) + "\");");
        }
        return n;
    }

    /** tool_setopt_mimepost(): the form built part by part, then handed over. */
    void setMime(String name, List<FormPart> parts) {
        code.add(call(name, "mime" + mime(parts)));
    }

    /** libcurl_generate_mime(): the mime variable's number. */
    private int mime(List<FormPart> parts) {
        int n = ++mimeCount;
        decl.add("curl_mime *mime" + n + ";");
        data.add("mime" + n + " = NULL;");
        code.add("mime" + n + " = curl_mime_init(hnd);");
        clean.add("curl_mime_free(mime" + n + ");");
        clean.add("mime" + n + " = NULL;");
        if (!parts.isEmpty()) {
            decl.add("curl_mimepart *part" + n + ";");
            for (FormPart p : parts) {
                part(p, n);
            }
        }
        return n;
    }

    /** libcurl_generate_mime_part(): what the part holds, then its encoder, file name, name, type and headers. */
    private void part(FormPart p, int n) {
        String part = "part" + n;
        code.add(part + " = curl_mime_addpart(mime" + n + ");");
        String filename = p.filename;
        if (!p.files.isEmpty()) {
            int sub = mime(p.files);
            code.add("curl_mime_subparts(" + part + ", mime" + sub + ");");
            code.add("mime" + sub + " = NULL;");
        } else if (p.value != null) {
            code.add("curl_mime_data(" + part + ", \"" + escape(p.value, p.value.length()) + "\", CURL_ZERO_TERMINATED);");
        } else if (p.file.equals("-")) {
            if (p.asFile && filename == null) {
                filename = "-";
            }
            code.add("curl_mime_data_cb(" + part + ", -1, (curl_read_callback) fread, \\");
            code.add("                  (curl_seek_callback) fseek, NULL, stdin);");
        } else {
            code.add("curl_mime_filedata(" + part + ", \"" + escape(p.file, p.file.length()) + "\");");
            if (!p.asFile && filename == null) {
                code.add("curl_mime_filename(" + part + ", NULL);");
            }
        }
        if (p.encoder != null) {
            code.add("curl_mime_encoder(" + part + ", \"" + escape(p.encoder, p.encoder.length()) + "\");");
        }
        if (filename != null) {
            code.add("curl_mime_filename(" + part + ", \"" + escape(filename, filename.length()) + "\");");
        }
        if (p.name != null) {
            code.add("curl_mime_name(" + part + ", \"" + escape(p.name, p.name.length()) + "\");");
        }
        if (p.type != null) {
            code.add("curl_mime_type(" + part + ", \"" + escape(p.type, p.type.length()) + "\");");
        }
        if (!p.headers.isEmpty()) {
            int s = slist(p.headers);
            code.add("curl_mime_headers(" + part + ", slist" + s + ", 1);");
            code.add("slist" + s + " = NULL;");
        }
    }

    /** easysrc_perform(): the options that could not be written, then the perform; once per try. */
    void perform() {
        if (!tooHard.isEmpty()) {
            code.add("");
            code.add("/* Here is a list of options the curl code used that cannot get generated");
            code.add("   as source easily. You may choose to either not use them or implement");
            code.add("   them yourself.");
            code.add("");
            code.addAll(tooHard);
            code.add("");
            code.add("*/");
            tooHard.clear();
        }
        code.add("");
        code.add("ret = curl_easy_perform(hnd);");
        code.add("");
    }

    /**
     * easysrc_cleanup() and dumpeasysrc(): the program, to the file ("-" is stdout, opened as "w");
     * one that cannot be opened is a warning and nothing more.
     */
    void write(String where, ToolMessages messages) throws IOException {
        code.add("curl_easy_cleanup(hnd);");
        code.add("hnd = NULL;");
        StringBuilder s = new StringBuilder();
        s.append("/********* Sample code generated by the curl command line tool **********\n")
                .append(" * All curl_easy_setopt() options are documented at:\n")
                .append(" * https://curl.se/libcurl/c/curl_easy_setopt.html\n")
                .append(" ************************************************************************/\n")
                .append("#include <curl/curl.h>\n\n")
                .append("int main(int argc, char *argv[])\n{\n  CURLcode ret;\n  CURL *hnd;\n");
        for (String d : decl) {
            s.append("  ").append(d).append('\n');
        }
        if (!data.isEmpty()) {
            s.append('\n');
            for (String d : data) {
                s.append("  ").append(d).append('\n');
            }
        }
        s.append('\n');
        for (String c : code) {
            s.append(c.isEmpty() ? "" : "  " + c).append('\n');
        }
        for (String c : clean) {
            s.append("  ").append(c).append('\n');
        }
        s.append("\n  return (int)ret;\n}\n/**** End of sample code ****/\n");
        byte[] bytes = s.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (where.equals("-")) {
            StdoutStream.OUT.write(bytes);
            return;
        }
        try (OutputStream out = new FileOutputStream(LocalPath.file(where))) {
            out.write(bytes);
        } catch (IOException cannotOpen) {
            messages.warn("Failed to open " + where + " to write libcurl code!");
        }
    }

    private static String call(String name, String value) {
        return "curl_easy_setopt(hnd, " + name + ", " + value + ");";
    }

    /**
     * c_escape(): tab, CR, LF, '?' (no trigraphs), '"' and '\' as their escapes, other unprintable
     * bytes as \xNN, or \NNN octal when a hex digit follows (so the escape does not swallow it); at
     * most 2000 bytes, a longer string ending in "...".
     */
    static String escape(String bytes, int length) {
        int len = Math.min(length, MAX_STRING);
        StringBuilder out = new StringBuilder(len + 8);
        for (int i = 0; i < len; i++) {
            int c = bytes.charAt(i) & 0xff;
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '?' -> out.append("\\?");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append((char) c);
                    } else if (i + 1 < len && Character.digit(bytes.charAt(i + 1), 16) >= 0) {
                        out.append(String.format("\\%03o", c));
                    } else {
                        out.append(String.format("\\x%02x", c));
                    }
                }
            }
        }
        if (length > MAX_STRING) {
            out.append("...");
        }
        return out.toString();
    }
}
