package org.destalk.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code destalk-bot.jar nlp-train [--models DIR] [--out FILE] [--manifest]}: trains the classifiers
 * from the team's data. {@code --out} writes them where the build packages them into the jar;
 * {@code --manifest} also scores them on the evaluation set and rewrites DIR/manifest.json.
 */
public final class NlpTrainCommand {

    public static final String MANIFEST = "manifest.json";

    private NlpTrainCommand() {
    }

    /** For the build: {@code NlpTrainCommand MODELS_DIR OUT_FILE} packages trained models into the jar. */
    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), Path.of(args[1]), false, System.out);
    }

    public static int run(Path folder, Path out, boolean manifest, PrintStream console) throws IOException {
        NlpModels data = NlpModels.at(folder, NlpModels.LANGUAGES);
        Classifier.Parameters parameters = Classifier.Parameters.DEFAULT;
        String checksum = data.checksum(parameters);
        long started = System.nanoTime();
        TrainedModels models = TrainedModels.obtain(data, parameters);
        console.printf(Locale.ROOT, "Models for %d examples ready in %d ms (trained, or read from the cache); data checksum %s%n",
                data.examples(NlpModels.TRAIN).size(),
                (System.nanoTime() - started) / 1_000_000, checksum);
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream stream = Files.newOutputStream(out)) {
                models.write(stream);
            }
            console.println("Models written to " + out);
        }
        if (manifest) {
            NlpUnderstander understander = data.understander(models, NlpModels.LANGUAGES);
            Evaluation evaluation = Evaluation.of(understander, data.examples(NlpModels.EVAL));
            Evaluation holdout = Evaluation.of(understander, data.examples(NlpModels.HOLDOUT));
            Files.writeString(folder.resolve(MANIFEST), manifest(checksum, parameters, data, evaluation, holdout), StandardCharsets.UTF_8);
            console.println("Evaluation set (" + NlpModels.EVAL + "/):");
            EvalReport.print(evaluation, console);
            console.println();
            console.println("Held-out set (" + NlpModels.HOLDOUT + "/), never tuned on:");
            EvalReport.print(holdout, console);
            console.println("Manifest written to " + folder.resolve(MANIFEST));
        }
        return 0;
    }

    /** Written by hand in a stable order, so that the same data always gives the same file. */
    static String manifest(String checksum, Classifier.Parameters parameters, NlpModels data, Evaluation evaluation, Evaluation holdout)
            throws IOException {
        Map<String, Long> trained = new TreeMap<>(data.examples(NlpModels.TRAIN).stream()
                .collect(Collectors.groupingBy(Example::language, Collectors.counting())));
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"dataChecksum\": \"").append(checksum).append("\",\n");
        json.append("  \"parameters\": {\"algorithm\": \"").append(parameters.algorithm()).append("\", \"iterations\": ")
            .append(parameters.iterations()).append(", \"cutoff\": ").append(parameters.cutoff())
            .append(", \"features\": [\"words\", \"word bigrams\", \"character trigrams\", \"bias\"], \"ownLanguageWeight\": ")
            .append(BlendedClassifier.OWN_LANGUAGE_WEIGHT).append(", \"dangerTierThreshold\": ").append(DangerDetector.TIER_THRESHOLD)
            .append(", \"dangerIntentThreshold\": ").append(DangerDetector.INTENT_THRESHOLD).append("},\n");
        json.append("  \"trainingExamples\": {").append(join(trained)).append("},\n");
        json.append("  \"evaluation\": ").append(section(evaluation)).append(",\n");
        json.append("  \"holdout\": ").append(section(holdout)).append("\n}\n");
        return json.toString();
    }

    private static String section(Evaluation evaluation) {
        List<String> rows = evaluation.byLanguage().entrySet().stream().map(entry -> "    \"" + entry.getKey() + "\": " + scores(entry.getValue())).toList();
        return "{\n" + String.join(",\n", rows) + ",\n    \"all\": " + scores(evaluation.overall()) + "\n  }";
    }

    private static String scores(Evaluation.Tally tally) {
        return String.format(Locale.ROOT, "{\"examples\": %d, \"intentAccuracy\": %.3f, \"coldIntentAccuracy\": %.3f, \"languageAccuracy\": %.3f, "
                + "\"languageNoticed\": %.3f, \"languageMistaken\": %.3f, \"dangerRecall\": %.3f, \"falsePositiveRate\": %.3f}", tally.total(),
                tally.intentAccuracy(), tally.coldIntentAccuracy(), tally.languageAccuracy(), tally.languageNoticed(), tally.languageMistaken(),
                tally.dangerRecall(), tally.falsePositiveRate());
    }

    private static String join(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue()).collect(Collectors.joining(", "));
    }
}
