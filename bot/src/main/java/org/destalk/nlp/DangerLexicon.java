package org.destalk.nlp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * A gap of up to {@link #GAP_WORDS} words, for verbs whose parts are split around the rest of the
     * sentence ("er bringt mich heute um", "il va pas tarder à me tuer").
     */
    static final String GAP = "...";
    static final int GAP_WORDS = 3;

    private final PhraseTree phrases = new PhraseTree();

    /** Receives each phrase of the lexicon files, folded, with its tier. */
    interface PhraseSink {
        void add(String[] words, Reading.DangerTier tier);
    }

    public static DangerLexicon load(Path folder, Iterable<String> languages) throws IOException {
        DangerLexicon lexicon = new DangerLexicon();
        read(folder, languages, lexicon.phrases::add);
        return lexicon;
    }

    /** Reads the lexicon files of the languages, checking each phrase, and hands every phrase on. */
    static void read(Path folder, Iterable<String> languages, PhraseSink sink) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (String language : languages) {
            Path file = folder.resolve(language + ".yml");
            if (!Files.exists(file)) {
                continue;
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Map<String, Object> lists = yaml.load(reader);
                addAll(file, lists.get("imminent"), Reading.DangerTier.IMMINENT, sink);
                addAll(file, lists.get("high_risk"), Reading.DangerTier.HIGH_RISK, sink);
                addAll(file, lists.get("not_danger"), Reading.DangerTier.NONE, sink);
            }
        }
    }

    private static void addAll(Path file, Object list, Reading.DangerTier tier, PhraseSink sink) throws IOException {
        if (!(list instanceof List<?> listed)) {
            return;
        }
        for (Object phrase : listed) {
            String[] words = foldPhrase(String.valueOf(phrase));
            if (words.length == 0) {
                continue;
            }
            if (words[0].equals(GAP) || words[words.length - 1].equals(GAP)) {
                throw new IOException(file + ": the phrase \"" + phrase + "\" starts or ends with " + GAP
                        + "; a gap only makes sense between words");
            }
            sink.add(words, tier);
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
        List<PhraseTree.Found> danger = new ArrayList<>();
        List<PhraseTree.Found> harmless = new ArrayList<>();
        for (PhraseTree.Found found : phrases.find(tokens)) {
            (found.tier() == Reading.DangerTier.NONE ? harmless : danger).add(found);
        }
        Reading.DangerTier highest = Reading.DangerTier.NONE;
        for (PhraseTree.Found phrase : danger) {
            boolean silenced = harmless.stream().anyMatch(lookAlike -> overlap(phrase, lookAlike));
            if (!silenced && phrase.tier().compareTo(highest) > 0) {
                highest = phrase.tier();
            }
        }
        return new Match(highest, !harmless.isEmpty());
    }

    private static boolean overlap(PhraseTree.Found one, PhraseTree.Found other) {
        return one.start() < other.end() && other.start() < one.end();
    }
}
