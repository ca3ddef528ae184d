package jtwins.rsync;

/** permstring() in lib/permstring.c: ls's ten characters, with s/S and t/T for the special bits. */
final class Permissions {
    private Permissions() {
    }

    static String of(int mode) {
        char[] p = "----------".toCharArray();
        p[0] = switch (mode & 0170000) {
            case 0040000 -> 'd';
            case 0120000 -> 'l';
            case 0010000 -> 'p';
            case 0020000 -> 'c';
            case 0060000 -> 'b';
            case 0140000 -> 's';
            default -> '-';
        };
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                p[i + 1] = rwx.charAt(i);
            }
        }
        special(p, 3, (mode & 04000) != 0, 's');
        special(p, 6, (mode & 02000) != 0, 's');
        special(p, 9, (mode & 01000) != 0, 't');
        return new String(p);
    }

    private static void special(char[] p, int at, boolean set, char lower) {
        if (set) {
            p[at] = p[at] == 'x' ? lower : Character.toUpperCase(lower);
        }
    }
}
