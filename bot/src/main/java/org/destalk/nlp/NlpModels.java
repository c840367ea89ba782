package org.destalk.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DocumentSample;

/**
 * Builds the language understanding from nlp-models/: reads the team's data, trains the intent and
 * danger classifiers (deterministically, in about a second), and loads the language detector.
 */
public final class NlpModels {

    /** The languages the team writes data for; all are always trained, whatever the dialogs declare. */
    public static final List<String> LANGUAGES = List.of("en", "es", "it", "de", "fr", "pt");
    public static final String TRAIN = "train";
    public static final String EVAL = "eval";

    private final Path folder;
    private final List<String> languages;
    private final TextNormaliser normaliser;

    private NlpModels(Path folder, List<String> languages, TextNormaliser normaliser) {
        this.folder = folder;
        this.languages = List.copyOf(languages);
        this.normaliser = normaliser;
    }

    public static NlpModels at(Path folder, List<String> languages) throws IOException {
        return new NlpModels(folder, languages, new TextNormaliser(SpellingMaps.load(folder.resolve("spelling"), languages)));
    }

    /** @param spoken the languages the dialogs are written in; language detection only picks among these */
    public NlpUnderstander understander(Classifier.Parameters parameters, List<String> spoken) throws IOException {
        List<Example> training = examples(TRAIN);
        return new NlpUnderstander(normaliser, LanguageGuesser.load(spoken), intents(training, parameters),
                new DangerDetector(lexicon(), dangerTiers(training, parameters)));
    }

    /** The examples of every language in a folder (train or eval), in a stable order. */
    public List<Example> examples(String kind) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String language : languages) {
            Path file = folder.resolve(kind).resolve(language + ".tsv");
            if (Files.exists(file)) {
                examples.addAll(Example.read(file, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException("Malformed data: " + String.join("; ", problems));
        }
        return examples;
    }

    public Classifier intents(List<Example> training, Classifier.Parameters parameters) {
        List<DocumentSample> samples = new ArrayList<>();
        for (Example example : training) {
            samples.add(new DocumentSample(example.intent(), tokens(example)));
        }
        return Classifier.train(samples, parameters);
    }

    public Classifier dangerTiers(List<Example> training, Classifier.Parameters parameters) {
        List<DocumentSample> samples = new ArrayList<>();
        for (Example example : training) {
            samples.add(new DocumentSample(example.danger(), tokens(example)));
        }
        return Classifier.train(samples, parameters);
    }

    public DangerLexicon lexicon() throws IOException {
        return DangerLexicon.load(folder.resolve("danger"), languages);
    }

    public TextNormaliser normaliser() {
        return normaliser;
    }

    public Path folder() {
        return folder;
    }

    public List<String> languages() {
        return languages;
    }

    private String[] tokens(Example example) {
        List<String> tokens = normaliser.tokens(example.text(), example.language());
        return tokens.isEmpty() ? new String[] {"<empty>"} : tokens.toArray(String[]::new);
    }
}
