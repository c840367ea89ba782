package org.destalk.nlp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Danger phrases of every language (nlp-models/danger/&lt;lang&gt;.yml), matched word by word. All
 * languages are always checked, so a wrong language guess never hides a danger phrase. A look-alike
 * ("this is killing me") silences only the danger phrases it overlaps, not the whole message.
 */
public final class DangerLexicon {

    private record Phrase(String[] words, Reading.DangerTier tier) {
    }

    private record Span(int start, int end, Reading.DangerTier tier) {
        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    /**
     * A gap of up to {@link #GAP_WORDS} words, for verbs whose parts are split around the rest of the
     * sentence ("er bringt mich heute um", "il va pas tarder à me tuer").
     */
    static final String GAP = "...";
    static final int GAP_WORDS = 3;

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** Phrases whose first word ends in *, by that word's prefix: a token looks up each of its prefixes. */
    private final Map<String, List<Phrase>> byFirstPrefix = new HashMap<>();

    public static DangerLexicon load(Path folder, Iterable<String> languages) throws IOException {
        DangerLexicon lexicon = new DangerLexicon();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (String language : languages) {
            Path file = folder.resolve(language + ".yml");
            if (!Files.exists(file)) {
                continue;
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Map<String, Object> lists = yaml.load(reader);
                lexicon.addAll(file, lists.get("imminent"), Reading.DangerTier.IMMINENT);
                lexicon.addAll(file, lists.get("high_risk"), Reading.DangerTier.HIGH_RISK);
                lexicon.addAll(file, lists.get("not_danger"), Reading.DangerTier.NONE);
            }
        }
        return lexicon;
    }

    private void addAll(Path file, Object list, Reading.DangerTier tier) throws IOException {
        if (!(list instanceof List<?> phrases)) {
            return;
        }
        for (Object phrase : phrases) {
            String[] words = foldPhrase(String.valueOf(phrase));
            if (words.length == 0) {
                continue;
            }
            if (words[0].equals(GAP) || words[words.length - 1].equals(GAP)) {
                throw new IOException(file + ": the phrase \"" + phrase + "\" starts or ends with " + GAP
                        + "; a gap only makes sense between words");
            }
            Phrase entry = new Phrase(words, tier);
            if (words[0].endsWith("*")) {
                String prefix = words[0].substring(0, words[0].length() - 1);
                byFirstPrefix.computeIfAbsent(prefix, first -> new ArrayList<>()).add(entry);
            } else {
                byFirstWord.computeIfAbsent(words[0], first -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** Folds each word of a phrase but keeps a trailing * as the "any ending" marker. */
    private static String[] foldPhrase(String phrase) {
        List<String> words = new ArrayList<>();
        for (String raw : phrase.trim().split("\\s+")) {
            if (raw.equals(GAP)) {
                words.add(GAP);
                continue;
            }
            boolean wildcard = raw.endsWith("*");
            String folded = TextNormaliser.fold(wildcard ? raw.substring(0, raw.length() - 1) : raw);
            for (String part : folded.split(" ")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
            if (wildcard && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "*");
            }
        }
        return words.toArray(String[]::new);
    }

    /**
     * What the lexicon makes of a message.
     *
     * @param tier      the highest tier among danger phrases that no look-alike overlaps; NONE when none
     * @param lookAlike whether a look-alike ("this is killing me", "he never hit me") was found
     */
    public record Match(Reading.DangerTier tier, boolean lookAlike) {
    }

    public Match match(List<String> tokens) {
        List<Span> danger = new ArrayList<>();
        List<Span> harmless = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            String token = tokens.get(start);
            collect(byFirstWord.get(token), tokens, start, danger, harmless);
            for (int length = 0; length <= token.length(); length++) {
                collect(byFirstPrefix.get(token.substring(0, length)), tokens, start, danger, harmless);
            }
        }
        Reading.DangerTier highest = Reading.DangerTier.NONE;
        for (Span span : danger) {
            boolean silenced = harmless.stream().anyMatch(span::overlaps);
            if (!silenced && span.tier().compareTo(highest) > 0) {
                highest = span.tier();
            }
        }
        return new Match(highest, !harmless.isEmpty());
    }

    private static void collect(List<Phrase> candidates, List<String> tokens, int start, List<Span> danger, List<Span> harmless) {
        if (candidates == null) {
            return;
        }
        for (Phrase phrase : candidates) {
            int end = matchEnd(phrase.words(), 0, tokens, start);
            if (end >= 0) {
                (phrase.tier() == Reading.DangerTier.NONE ? harmless : danger).add(new Span(start, end, phrase.tier()));
            }
        }
    }

    /** Where the phrase's words from {@code word} on end when they match from {@code at}; -1 when they don't. */
    private static int matchEnd(String[] words, int word, List<String> tokens, int at) {
        if (word == words.length) {
            return at;
        }
        if (words[word].equals(GAP)) {
            for (int skipped = 0; skipped <= GAP_WORDS && at + skipped <= tokens.size(); skipped++) {
                int end = matchEnd(words, word + 1, tokens, at + skipped);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= tokens.size() || !matchesWord(words[word], tokens.get(at))) {
            return -1;
        }
        return matchEnd(words, word + 1, tokens, at + 1);
    }

    private static boolean matchesWord(String word, String token) {
        return word.endsWith("*") ? token.startsWith(word.substring(0, word.length() - 1)) : token.equals(word);
    }
}
