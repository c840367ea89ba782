package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.destalk.dialog.Vocabulary;
import org.destalk.support.Repo;
import org.destalk.support.TrainedNlp;
import org.junit.jupiter.api.Test;

/** The team's data keeps the promises of nlp-models/README.md, and the manifest describes this data. */
class TrainingDataTest {

    private final NlpModels data = TrainedNlp.data();

    @Test
    void everyFileReadsWithoutProblems() throws IOException {
        for (String kind : List.of(NlpModels.TRAIN, NlpModels.EVAL, NlpModels.HOLDOUT)) {
            for (String language : NlpModels.LANGUAGES) {
                List<String> problems = new ArrayList<>();
                Example.read(Repo.nlpModels().resolve(kind).resolve(language + ".tsv"), problems);
                assertThat(problems).as("%s/%s.tsv", kind, language).isEmpty();
            }
        }
    }

    @Test
    void everyIntentHasEnoughExamplesInEveryLanguage() throws IOException {
        Map<String, Integer> minimum = Map.of(NlpModels.TRAIN, 40, NlpModels.EVAL, 15, NlpModels.HOLDOUT, 15);
        for (Map.Entry<String, Integer> kind : minimum.entrySet()) {
            Map<String, Long> counts = data.examples(kind.getKey()).stream()
                    .collect(Collectors.groupingBy(example -> example.language() + " " + example.intent(), Collectors.counting()));
            for (String language : NlpModels.LANGUAGES) {
                for (String intent : Vocabulary.INTENTS) {
                    assertThat(counts.getOrDefault(language + " " + intent, 0L)).as("%s: %s %s", kind.getKey(), language, intent)
                            .isGreaterThanOrEqualTo(kind.getValue().longValue());
                }
            }
        }
    }

    @Test
    void dangerExamplesAndOnlyThoseHaveADangerTier() throws IOException {
        for (Example example : data.examples(NlpModels.TRAIN)) {
            assertThat(example.isDanger()).as(example.language() + " " + example.intent() + " " + example.danger())
                    .isEqualTo(example.intent().equals("danger"));
        }
    }

    /** Compared as the models see them: an example read the same as a training one proves nothing. */
    @Test
    void noExampleIsInTwoSets() throws IOException {
        Map<String, String> firstSeenIn = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (String kind : List.of(NlpModels.TRAIN, NlpModels.EVAL, NlpModels.HOLDOUT)) {
            for (Example example : data.examples(kind)) {
                String seen = firstSeenIn.putIfAbsent(example.language() + "|" + TextNormaliser.fold(example.text()), kind);
                if (seen != null && !seen.equals(kind)) {
                    repeated.add(seen + " and " + kind + ": " + example.language() + " " + example.text());
                }
            }
        }
        assertThat(repeated).isEmpty();
    }

    @Test
    void theManifestDescribesTheDataAsItIs() throws IOException {
        String manifest = Files.readString(Repo.nlpModels().resolve(NlpTrainCommand.MANIFEST));
        Matcher checksum = Pattern.compile("\"dataChecksum\": \"([0-9a-f]+)\"").matcher(manifest);
        assertThat(checksum.find()).isTrue();
        assertThat(checksum.group(1)).as("run: java -jar bot/target/destalk-bot.jar nlp-train --manifest")
                .isEqualTo(data.checksum(Classifier.Parameters.DEFAULT));
    }
}
