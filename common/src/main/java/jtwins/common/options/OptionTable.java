package jtwins.common.options;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * A tool's option table is a class of picocli-annotated fields, one row per option of the original;
 * the same table makes help, man pages and completion. Reading annotations costs a twin 30-40 ms of
 * start-up (dynamic proxies), so a tool parses with a getopt optstring constant and a unit test holds
 * that constant equal to the one this class derives from the table.
 */
public final class OptionTable {
    private final Class<?> table;
    private final List<Field> rows = new ArrayList<>();

    public OptionTable(Class<?> table) {
        this.table = table;
        for (Field field : table.getDeclaredFields()) {
            if (field.isAnnotationPresent(Option.class)) {
                field.setAccessible(true);
                rows.add(field);
            }
        }
    }

    /** getopt's optstring for the short options: boolean and int fields are flags, others take a value. */
    public String optstring() {
        StringBuilder s = new StringBuilder();
        for (Field field : rows) {
            for (String name : field.getAnnotation(Option.class).names()) {
                if (name.length() == 2 && name.charAt(0) == '-') {
                    s.append(name.charAt(1));
                    if (takesValue(field)) {
                        s.append(':');
                    }
                }
            }
        }
        return s.toString();
    }

    public Class<?> table() {
        return table;
    }

    private static boolean takesValue(Field field) {
        return field.getType() != boolean.class && field.getType() != int.class;
    }
}
