package jtwins.mysql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What mysqladmin's get_one_option() and my_getopt leave behind: each variable's value (the table
 * --help prints), and the state the handler keeps aside (password, -s count, --wait, protocol).
 */
final class AdminSettings {
    enum Protocol { DEFAULT, TCP, SOCKET, PIPE }

    final Map<String, String> variables = new LinkedHashMap<>();
    String password;
    boolean askPassword;
    int silent;
    /** -1 for "for ever"; otherwise the number of retries --wait allows. */
    long wait;
    Protocol protocol = Protocol.DEFAULT;
    boolean countGiven;

    AdminSettings() {
        for (AdminOption row : AdminOptionTable.ROWS) {
            if (row.variable()) {
                variables.put(row.name(), row.initial());
            }
        }
    }

    String string(String name) {
        return variables.get(name);
    }

    long number(String name) {
        String v = variables.get(name);
        return v == null ? 0 : Long.parseLong(v);
    }

    boolean flag(String name) {
        return "TRUE".equals(variables.get(name));
    }

    void set(AdminOption row, String value) {
        if (row.type() == AdminOption.Type.BOOL) {
            variables.put(row.name(), bool(row, value) ? "TRUE" : "FALSE");
        } else {
            variables.put(row.name(), value);
        }
    }

    /** my_getopt's boolean: no value is true; 1/true/on true, 0/false/off false, anything else false with a warning. */
    private static boolean bool(AdminOption row, String value) {
        if (value == null) {
            return true;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true", "on":
                return true;
            case "0", "false", "off":
                return false;
            default:
                System.err.println("Warning: option '" + row.name() + "': boolean value '" + value
                        + "' wasn't recognized. Set to OFF.");
                return false;
        }
    }
}
