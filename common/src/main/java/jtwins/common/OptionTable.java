package jtwins.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * A tool's option table is a class of picocli-annotated fields, one row per option of the original;
 * the same table later makes help, man pages and completion. At run time it is read with plain
 * reflection into a getopt optstring, so parsing costs no picocli start-up and errs exactly as getopt.
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

    /** Fills a fresh table object: flags set true (int flags counted), values kept as given, last wins. */
    public <T> T fill(Getopt.Parsed parsed, T target) {
        for (Getopt.Found found : parsed.options()) {
            Field field = fieldFor(found.letter());
            try {
                if (field.getType() == boolean.class) {
                    field.setBoolean(target, true);
                } else if (field.getType() == int.class) {
                    field.setInt(target, field.getInt(target) + 1);
                } else {
                    field.set(target, found.value());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return target;
    }

    public Class<?> table() {
        return table;
    }

    private Field fieldFor(char letter) {
        String name = "-" + letter;
        for (Field field : rows) {
            for (String n : field.getAnnotation(Option.class).names()) {
                if (n.equals(name)) {
                    return field;
                }
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static boolean takesValue(Field field) {
        return field.getType() != boolean.class && field.getType() != int.class;
    }
}
