package jtwins.mysql;

/** my_printf_error() with ME_BELL unless --no-beep: a bell, the program's name, the message, on stderr. */
final class ErrorLine {
    private final String program;
    private final AdminSettings settings;

    ErrorLine(String program, AdminSettings settings) {
        this.program = program;
        this.settings = settings;
    }

    void print(String message) {
        System.out.flush();
        System.err.print((settings.flag("no-beep") ? "" : "\007") + program + ": " + message + "\n");
        System.err.flush();
    }
}
