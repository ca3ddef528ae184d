package jtwins.curl;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import jtwins.common.Diagnostics;
import jtwins.common.Errno;

/**
 * --create-dirs (tool_dirhie.c create_dir_hierarchy()): each directory on the way to an output
 * file is made in turn; one that exists or may not be made (EACCES) is passed, any other failure is
 * said on stderr and ends the transfer with 23.
 */
final class OutputDirs {
    private OutputDirs() {
    }

    static boolean create(String outfile, Diagnostics stderr) {
        int slash = outfile.lastIndexOf('/');
        if (slash <= 0) {
            return true;
        }
        String dirs = outfile.substring(0, slash);
        StringBuilder built = new StringBuilder(dirs.startsWith("/") ? "/" : "");
        for (String part : dirs.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            built.append(built.length() == 0 || built.charAt(built.length() - 1) == '/' ? "" : "/").append(part);
            String dir = built.toString();
            try {
                Files.createDirectory(LocalPath.of(dir));
            } catch (FileAlreadyExistsException | AccessDeniedException passed) {
                // there already, or not ours to make: the open says what follows
            } catch (IOException e) {
                stderr.write(message(Errno.of(e), dir));
                return false;
            }
        }
        return true;
    }

    /** show_dir_errno(). */
    private static String message(Errno errno, String dir) {
        return switch (errno.name()) {
            case "ENAMETOOLONG" -> "The directory name " + dir + " is too long.\n";
            case "EROFS" -> dir + " resides on a read-only file system.\n";
            case "ENOSPC" -> "No space left on the file system that will contain the directory " + dir + ".\n";
            case "EDQUOT" -> "Cannot create directory " + dir + " because you exceeded your quota.\n";
            default -> "Error creating directory " + dir + ".\n";
        };
    }
}
