package jtwins.rsync;

/** How rsync's output escapes a name: control characters as "\#ooo" (octal), the rest as sent. */
final class Names {
    private Names() {
    }

    static String printable(String name) {
        StringBuilder s = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                s.append(String.format("\\#%03o", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
