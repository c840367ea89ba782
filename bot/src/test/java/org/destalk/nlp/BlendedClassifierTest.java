package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;

/** The blend is 30% of the shared model and 70% of the message's own-language one, category by category. */
class BlendedClassifierTest {

    @Test
    void everyMessageIsRankedByTheWeightedSumOfBothModels() throws IOException {
        NlpModels data = NlpModels.at(Repo.nlpModels(), NlpModels.LANGUAGES);
        TrainedModels models = TrainedModels.obtain(data, Classifier.Parameters.DEFAULT);
        int compared = 0;
        for (BlendedClassifier blended : List.of(models.intents(), models.danger())) {
            for (Example message : data.examples(NlpModels.EVAL)) {
                Document document = new Document(data.normaliser().tokens(message.text(), message.language()));
                assertThat(blended.rank(document, message.language())).as(message.text())
                        .containsExactlyElementsOf(byDefinition(blended, document, message.language()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(2_000);
    }

    /** The plain definition: sums by category in a map, sorted best first. */
    private static List<Classifier.Scored> byDefinition(BlendedClassifier blended, Document document, String language) {
        List<Classifier> parts = blended.parts();
        Classifier shared = parts.get(0);
        Classifier own = parts.get(1 + new java.util.TreeSet<>(NlpModels.LANGUAGES).headSet(language).size());
        Map<String, Double> sums = new LinkedHashMap<>();
        shared.rank(document).forEach(scored -> sums.merge(scored.category(), (1 - BlendedClassifier.OWN_LANGUAGE_WEIGHT) * scored.confidence(), Double::sum));
        own.rank(document).forEach(scored -> sums.merge(scored.category(), BlendedClassifier.OWN_LANGUAGE_WEIGHT * scored.confidence(), Double::sum));
        List<Classifier.Scored> ranked = new ArrayList<>();
        sums.forEach((category, confidence) -> ranked.add(new Classifier.Scored(category, confidence)));
        ranked.sort(Comparator.comparingDouble(Classifier.Scored::confidence).reversed());
        return ranked;
    }
}
