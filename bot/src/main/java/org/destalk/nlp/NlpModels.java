package org.destalk.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    /** Written after the models were tuned on eval/, and only ever reported: the honest measure. */
    public static final String HOLDOUT = "holdout";
    private static final String ALL_LANGUAGES = "*";

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
        return understander(TrainedModels.obtain(this, parameters), spoken);
    }

    NlpUnderstander understander(TrainedModels models, List<String> spoken) throws IOException {
        return new NlpUnderstander(normaliser, LanguageGuesser.load(models.languages(), spoken), models.intents(),
                new DangerDetector(lexicon(), models.danger()));
    }

    /**
     * A fingerprint of the training data, spellings and parameters: models trained from the same data
     * are the same models. The lexicons are read at every start and need no fingerprint.
     */
    public String checksum(Classifier.Parameters parameters) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((TrainedModels.FORMAT + parameters.toString()).getBytes(StandardCharsets.UTF_8));
            for (String language : languages) {
                for (Path file : List.of(folder.resolve(TRAIN).resolve(language + ".tsv"), folder.resolve("spelling").resolve(language + ".tsv"))) {
                    if (Files.exists(file)) {
                        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
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

    public BlendedClassifier intents(List<Example> training, Classifier.Parameters parameters) {
        return blended(training, Example::intent, parameters);
    }

    public BlendedClassifier dangerTiers(List<Example> training, Classifier.Parameters parameters) {
        return blended(training, Example::danger, parameters);
    }

    /** One model over all languages and one per language, trained side by side (each deterministically). */
    private BlendedClassifier blended(List<Example> training, Function<Example, String> label, Classifier.Parameters parameters) {
        Map<String, List<DocumentSample>> samples = new TreeMap<>();
        for (Example example : training) {
            DocumentSample sample = new DocumentSample(label.apply(example), tokens(example));
            samples.computeIfAbsent(ALL_LANGUAGES, all -> new ArrayList<>()).add(sample);
            samples.computeIfAbsent(example.language(), language -> new ArrayList<>()).add(sample);
        }
        Map<String, Classifier> trained = samples.entrySet().parallelStream()
                .collect(Collectors.toConcurrentMap(Map.Entry::getKey, scope -> Classifier.train(scope.getValue(), parameters)));
        Classifier shared = trained.remove(ALL_LANGUAGES);
        return new BlendedClassifier(shared, trained);
    }

    /** Which of the six languages a chat message is in, learnt from how people write to this bot. */
    public Classifier languages(List<Example> training, Classifier.Parameters parameters) {
        List<DocumentSample> samples = new ArrayList<>();
        for (Example example : training) {
            List<String> folded = normaliser.tokens(example.text(), null);
            samples.add(new DocumentSample(example.language(), folded.isEmpty() ? new String[] {"<empty>"} : folded.toArray(String[]::new)));
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
