package jtwins.mysql;

/**
 * One row of mysqladmin's my_long_options[]: the long name as the client spells it (dashes or
 * underscores, both accepted), its short letter (0 for none), whether it takes a value, the type
 * my_getopt converts that value to, and the value shown in --help's table before any option is read.
 * A row without a variable ({@code variable == false}) is handled by get_one_option() alone: its
 * value is never checked by my_getopt, as -w's "x" is not.
 */
record AdminOption(String name, char shortName, Arg arg, Type type, boolean variable, String initial,
                   long max) {
    enum Arg { NONE, REQUIRED, OPTIONAL }

    enum Type { BOOL, STR, INT, UINT, ULONG, NO_ARG }

    /** The name with underscores as dashes, as --help and the variables table print it. */
    String dashed() {
        return name.replace('_', '-');
    }
}
