package jtwins.mysql;

import java.util.List;

/**
 * mysqladmin's options (client/mysqladmin.cc my_long_options[] with sslopt-longopts.h, as the MariaDB
 * 10.11 client of Debian 12 has them), in its order: --help and the variables table list them so.
 */
final class AdminOptionTable {
    private static final long UINT_MAX = 0xffffffffL;

    static final List<AdminOption> ROWS = List.of(
            num("count", 'c', AdminOption.Type.UINT, "0", UINT_MAX),
            flag("debug-check", (char) 0, "FALSE"),
            flag("debug-info", (char) 0, "FALSE"),
            flag("force", 'f', "FALSE"),
            flag("compress", 'C', "FALSE"),
            str("character-sets-dir", (char) 0, null),
            str("default-character-set", (char) 0, "auto"),
            new AdminOption("help", '?', AdminOption.Arg.NONE, AdminOption.Type.NO_ARG, false, null, 0),
            str("host", 'h', null),
            flag("local", 'l', "FALSE"),
            flag("no-beep", 'b', "FALSE"),
            new AdminOption("password", 'p', AdminOption.Arg.OPTIONAL, AdminOption.Type.STR, false, null, 0),
            num("port", 'P', AdminOption.Type.UINT, "0", UINT_MAX),
            new AdminOption("protocol", (char) 0, AdminOption.Arg.REQUIRED, AdminOption.Type.STR, false, null, 0),
            flag("relative", 'r', "FALSE"),
            new AdminOption("silent", 's', AdminOption.Arg.NONE, AdminOption.Type.NO_ARG, false, null, 0),
            str("socket", 'S', null),
            num("sleep", 'i', AdminOption.Type.INT, "0", Integer.MAX_VALUE),
            flag("ssl", (char) 0, "TRUE"),
            str("ssl-ca", (char) 0, null),
            str("ssl-capath", (char) 0, null),
            str("ssl-cert", (char) 0, null),
            str("ssl-cipher", (char) 0, null),
            str("ssl-key", (char) 0, null),
            str("ssl-crl", (char) 0, null),
            str("ssl-crlpath", (char) 0, null),
            str("tls-version", (char) 0, null),
            flag("ssl-verify-server-cert", (char) 0, "FALSE"),
            str("user", 'u', null),
            flag("verbose", 'v', "TRUE"),
            new AdminOption("version", 'V', AdminOption.Arg.NONE, AdminOption.Type.NO_ARG, false, null, 0),
            flag("vertical", 'E', "FALSE"),
            new AdminOption("wait", 'w', AdminOption.Arg.OPTIONAL, AdminOption.Type.UINT, false, null, 0),
            num("connect_timeout", (char) 0, AdminOption.Type.ULONG, "43200", 43200),
            num("shutdown_timeout", (char) 0, AdminOption.Type.ULONG, "3600", 43200),
            flag("wait_for_all_slaves", (char) 0, "FALSE"),
            str("plugin_dir", (char) 0, null),
            str("default_auth", (char) 0, null));

    private AdminOptionTable() {
    }

    private static AdminOption flag(String name, char shortName, String initial) {
        return new AdminOption(name, shortName, AdminOption.Arg.NONE, AdminOption.Type.BOOL, true, initial, 0);
    }

    private static AdminOption str(String name, char shortName, String initial) {
        return new AdminOption(name, shortName, AdminOption.Arg.REQUIRED, AdminOption.Type.STR, true, initial, 0);
    }

    private static AdminOption num(String name, char shortName, AdminOption.Type type, String initial, long max) {
        return new AdminOption(name, shortName, AdminOption.Arg.REQUIRED, type, true, initial,
                max);
    }
}
