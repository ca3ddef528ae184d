package jtwins.lab.manual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jtwins.common.options.ToolManual;
import jtwins.curl.CurlManual;
import jtwins.mysql.MysqladminManual;
import jtwins.nc.NcManual;
import jtwins.rsync.RsyncManual;
import jtwins.wget.WgetManual;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the distribution's man pages and completion at package time (bin/make-dist): OUT/man/man1/
 * NAME.1, OUT/completion/bash/NAME (picocli's AutoComplete) and OUT/completion/zsh/_NAME, for each
 * twin and for jtwins, all from the same ToolManual.
 */
public final class ManualWriter {
    private ManualWriter() {
    }

    public static List<ToolManual> manuals() {
        return List.of(WgetManual.manual(), CurlManual.manual(), NcManual.manual(), MysqladminManual.manual(),
                RsyncManual.manual(), JtwinsManual.manual());
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ManualWriter OUT VERSION");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        for (ToolManual m : manuals()) {
            write(out.resolve("man/man1/" + m.name() + ".1"), RoffManPage.of(m, args[1]));
            write(out.resolve("completion/bash/" + m.name()), AutoComplete.bash(m.name(), new CommandLine(m.spec())));
            write(out.resolve("completion/zsh/_" + m.name()), ZshCompletion.of(m.spec()));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
