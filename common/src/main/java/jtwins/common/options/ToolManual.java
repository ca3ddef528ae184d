package jtwins.common.options;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What a twin's man page and shell completion are made from: its option table as a picocli
 * CommandSpec (names, value labels, the original's own --help descriptions), and the prose only the
 * twin knows: which original it stands in for, the files and variables it reads, its exit codes.
 * seeAlso names man pages ("wget(1)"); original says which build of it the twin follows (null for none).
 * Made at build time (lab's ManualWriter), never when a twin runs.
 */
public record ToolManual(CommandSpec spec, List<String> seeAlso, String original, String summary, String synopsis,
                         List<String> description, List<Entry> environment, List<Entry> files,
                         List<Entry> exitStatus) {
    /** A term and what it means: an environment variable, a file, an exit code. */
    public record Entry(String term, String text) {
    }

    public String name() {
        return spec.name();
    }

    /** An empty spec named as the twin; descriptions are the originals' words, never format strings. */
    public static CommandSpec command(String name) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.interpolateVariables(false);
        return spec;
    }

    /**
     * One row: its names, the label of its value (null for a flag; "[label]" when the value is
     * optional, as -p[=name] and --wait[=#]) and the original's description.
     */
    public static OptionSpec option(String label, String description, String... names) {
        OptionSpec.Builder b = OptionSpec.builder(names).description(description);
        if (label == null) {
            return b.arity("0").type(boolean.class).build();
        }
        boolean optional = label.startsWith("[");
        return b.arity(optional ? "0..1" : "1").type(String.class)
                .paramLabel(optional ? label.substring(1, label.length() - 1) : label).build();
    }
}
