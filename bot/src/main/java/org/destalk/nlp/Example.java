package org.destalk.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.destalk.dialog.Vocabulary;

/**
 * One line of training or evaluation data: language, intent, danger tier and text.
 * Danger is {@code none}, {@code high_risk} or {@code imminent}; evaluation files write 0 or 1.
 */
public record Example(String language, String intent, String danger, String text) {

    public static final String NONE = "none";
    private static final Set<String> TIERS = Set.of("0", "1", NONE, "high_risk", "imminent");

    public boolean isDanger() {
        return !NONE.equals(danger);
    }

    /** Reads a TSV file with the header {@code lang intent danger text}; malformed lines are reported. */
    public static List<Example> read(Path file, List<String> problems) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || (i == 0 && line.startsWith("lang\t"))) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 4) {
                problems.add(file.getFileName() + ":" + (i + 1) + ": expected 4 tab-separated columns, found " + parts.length);
                continue;
            }
            String problem = problem(parts);
            if (problem != null) {
                problems.add(file.getFileName() + ":" + (i + 1) + ": " + problem);
                continue;
            }
            examples.add(new Example(parts[0].trim(), parts[1].trim(), tier(parts[2].trim()), parts[3]));
        }
        return examples;
    }

    /** What is wrong with a line's columns, with the fix; null when nothing is. */
    private static String problem(String[] parts) {
        if (!NlpModels.LANGUAGES.contains(parts[0].trim())) {
            return "unknown language \"" + parts[0].trim() + "\"; use one of " + String.join(", ", NlpModels.LANGUAGES);
        }
        if (!Vocabulary.INTENTS.contains(parts[1].trim())) {
            return "unknown intent \"" + parts[1].trim() + "\"; use one of " + String.join(", ", Vocabulary.INTENTS);
        }
        if (!TIERS.contains(parts[2].trim())) {
            return "unknown danger value \"" + parts[2].trim() + "\"; use 0 or 1, or none, high_risk or imminent";
        }
        if (parts[3].isBlank()) {
            return "the text is empty";
        }
        return null;
    }

    private static String tier(String written) {
        return switch (written) {
            case "0" -> NONE;
            case "1" -> "danger";
            default -> written;
        };
    }
}
