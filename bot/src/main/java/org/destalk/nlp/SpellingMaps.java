package org.destalk.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** SMS spellings per language (nlp-models/spelling/&lt;lang&gt;.tsv): "xq" means "porque" in Spanish. */
public final class SpellingMaps {

    private final Map<String, Map<String, String>> byLanguage;

    SpellingMaps(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    public static SpellingMaps load(Path folder, Iterable<String> languages) throws IOException {
        Map<String, Map<String, String>> maps = new HashMap<>();
        for (String language : languages) {
            Path file = folder.resolve(language + ".tsv");
            if (!Files.exists(file)) {
                continue;
            }
            Map<String, String> words = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length == 2 && !parts[0].isBlank()) {
                    String shortForm = TextNormaliser.fold(parts[0]);
                    String longForm = TextNormaliser.fold(parts[1]);
                    if (!shortForm.isEmpty() && !longForm.isEmpty() && !shortForm.contains(" ")) {
                        words.putIfAbsent(shortForm, longForm);
                    }
                }
            }
            maps.put(language, Map.copyOf(words));
        }
        return new SpellingMaps(maps);
    }

    /** The long form of a word in a language, or null when it is not an SMS spelling there. */
    String expand(String language, String word) {
        Map<String, String> words = language == null ? null : byLanguage.get(language);
        return words == null ? null : words.get(word);
    }
}
