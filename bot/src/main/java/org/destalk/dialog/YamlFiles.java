package org.destalk.dialog;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses YAML text into {@link YNode}s that keep file, line and column. */
public final class YamlFiles {

    /** Content files are small; a larger one is a mistake or an attack, not a dialog. */
    private static final int MAX_CODE_POINTS = 2_000_000;

    private YamlFiles() {
    }

    /** Reads and parses a file; returns null (with a problem reported) when it cannot be read or parsed. */
    public static YNode read(Path file, String displayName, Problems problems) {
        try {
            return parse(displayName, Files.readString(file, StandardCharsets.UTF_8), problems);
        } catch (IOException e) {
            problems.add(Problem.Severity.ERROR, Position.of(displayName), "", "unreadable-file",
                    "The file cannot be read as UTF-8 text.", "save it as UTF-8.");
            return null;
        }
    }

    public static YNode parse(String displayName, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true); // YNode reports duplicates with both lines instead
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            Node root = yaml.compose(new StringReader(text));
            if (root == null) {
                problems.add(Problem.Severity.ERROR, Position.of(displayName), "", "empty-file",
                        "The file is empty.", "add content or delete the file.");
                return null;
            }
            return new YNode(root, displayName, "", problems);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? Position.of(displayName) : new Position(displayName, mark.getLine() + 1, mark.getColumn() + 1, "");
            problems.add(Problem.Severity.ERROR, at, "", "yaml-syntax", "The YAML cannot be read: " + e.getProblem() + ".",
                    "check the indentation and quoting on this line and the one before.");
            return null;
        } catch (YAMLException e) {
            problems.add(Problem.Severity.ERROR, Position.of(displayName), "", "yaml-syntax",
                    "The YAML cannot be read.", "check the file's structure.");
            return null;
        }
    }
}
