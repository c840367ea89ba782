package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;
import org.destalk.support.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact copies give exactly OpenNLP's probabilities, compared bit for bit over every message of
 * the evaluation set, for the fifteen models the bot trains ({@code PretrainedLanguagesTest} holds the
 * sixteenth, OpenNLP's language detector, to OpenNLP's own).
 */
class CompactMaxentTest {

    private static NlpModels data;
    private static TrainedModels models;
    private static List<Example> messages;

    @BeforeAll
    static void load() throws IOException {
        data = NlpModels.at(Repo.nlpModels(), NlpModels.LANGUAGES);
        models = TrainedModels.obtain(data, Classifier.Parameters.DEFAULT);
        messages = data.examples(NlpModels.EVAL);
    }

    @Test
    void everyClassifierScoresEveryMessageExactlyAsOpenNlpDoes() throws IOException {
        List<Classifier> classifiers = new ArrayList<>(models.intents().parts());
        classifiers.addAll(models.danger().parts());
        classifiers.add(models.languages());
        assertThat(classifiers).hasSize(15);
        int compared = 0;
        for (Classifier classifier : classifiers) {
            DocumentCategorizerME openNlp = new DocumentCategorizerME(new DoccatModel(new ByteArrayInputStream(serialized(classifier))));
            for (Example message : messages) {
                List<String> tokens = data.normaliser().tokens(message.text(), message.language());
                if (tokens.isEmpty()) {
                    continue;
                }
                double[] expected = openNlp.categorize(tokens.toArray(String[]::new));
                for (Classifier.Scored scored : classifier.rank(tokens)) {
                    assertThat(scored.confidence()).as("%s for %s", scored.category(), message.text())
                            .isEqualTo(expected[openNlp.getIndex(scored.category())]);
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(15 * 1000);
    }

    @Test
    void aCopyOfSomeOutcomesGivesTheirProbabilitiesGivenThatTheOutcomeIsOneOfThem() {
        GISModel model = new GISModel(new Context[] {
            new Context(new int[] {0, 2}, new double[] {1.0, 0.25}), new Context(new int[] {1}, new double[] {3.0}),
            new Context(new int[] {1, 2}, new double[] {0.5, 2.0})}, new String[] {"he", "only-b", "she"}, new String[] {"a", "b", "c"});
        CompactMaxent kept = CompactMaxent.of(model, Set.of("a", "c"));
        assertThat(kept.outcomeCount()).isEqualTo(2);
        assertThat(List.of(kept.getOutcome(0), kept.getOutcome(1))).containsExactly("a", "c");
        String[] features = {"he", "only-b", "she"};
        double[] whole = CompactMaxent.of(model).eval(features);
        double[] some = kept.eval(features);
        assertThat(some[0]).isEqualTo(whole[0] / (whole[0] + whole[2]), offset(1e-15));
        assertThat(some[1]).isEqualTo(whole[2] / (whole[0] + whole[2]), offset(1e-15));
        // a feature with weights only for outcomes left out changes nothing: it is not kept at all
        assertThat(kept.eval(new String[] {"only-b"})).containsExactly(0.5, 0.5);
    }

    @Test
    void unknownFeaturesAreIgnoredAndRepeatedOnesCountEachTime() {
        CompactMaxent compact = CompactMaxent.of(new GISModel(new Context[] {
            new Context(new int[] {0}, new double[] {1.0}), new Context(new int[] {1}, new double[] {0.5})}, new String[] {"he", "she"},
                new String[] {"a", "b"}));
        double[] once = compact.eval(new String[] {"he", "never-seen"});
        assertThat(once[0]).isEqualTo(Math.exp(1) / (Math.exp(1) + 1), offset(1e-12));
        double[] twice = compact.eval(new String[] {"he", "he"});
        assertThat(twice[0]).isEqualTo(Math.exp(2) / (Math.exp(2) + 1), offset(1e-12));
        assertThat(compact.eval(new String[] {"never-seen"})).containsExactly(0.5, 0.5);
    }

    @Test
    void featuresLookedUpFromCharsScoreAsTheirNamesDo() {
        CompactMaxent compact = CompactMaxent.of(new GISModel(new Context[] {
            new Context(new int[] {0}, new double[] {1.0}), new Context(new int[] {1}, new double[] {0.5}),
            new Context(new int[] {0, 1}, new double[] {0.25, 2.0})}, new String[] {"he", "she", "c=<hé"}, new String[] {"a", "b"}));
        char[] text = "xx she c=<hé sh hes".toCharArray();
        int she = compact.indexOf(text, 3, 3);
        int accented = compact.indexOf(text, 7, 5);
        assertThat(she).isNotNegative();
        assertThat(accented).isNotNegative().isNotEqualTo(she);
        assertThat(compact.indexOf(text, 13, 2)).as("a prefix of a name").isEqualTo(-1);
        assertThat(compact.indexOf(text, 16, 3)).as("a name and a char more").isEqualTo(-1);
        assertThat(compact.indexOf(text, 0, 0)).as("no chars").isEqualTo(-1);
        assertThat(compact.evalIndexes(new int[] {she, -1, accented, she}))
                .containsExactly(compact.eval(new String[] {"she", "never-seen", "c=<hé", "she"}));
    }

    @Test
    void onlyMaxentModelsCanBeCompacted() {
        NaiveBayesModel bayes = new NaiveBayesModel(new Context[] {new Context(new int[] {0}, new double[] {1.0})}, new String[] {"he"},
                new String[] {"a"});
        assertThatThrownBy(() -> CompactMaxent.of(bayes)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaiveBayesModel");
    }

    private static byte[] serialized(Classifier classifier) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        classifier.write(out);
        return out.toByteArray();
    }
}
