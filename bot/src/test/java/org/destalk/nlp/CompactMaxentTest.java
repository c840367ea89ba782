package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;
import org.destalk.support.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact copies give exactly OpenNLP's probabilities, compared bit for bit over every message of
 * the evaluation set, for all sixteen of the bot's models.
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
    void thePretrainedDetectorGivesEveryLanguageExactlyOpenNlpsProbability() throws IOException {
        LanguageDetectorModel model;
        try (InputStream in = getClass().getResourceAsStream(PretrainedLanguages.RESOURCE)) {
            model = new LanguageDetectorModel(in);
        }
        LanguageDetectorME openNlp = new LanguageDetectorME(model);
        PretrainedLanguages compact = new PretrainedLanguages(model);
        for (Example message : messages) {
            assertThat(languages(compact.predict(message.text()))).as(message.text()).isEqualTo(languages(openNlp.predictLanguages(message.text())));
        }
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

    private static List<String> languages(Language[] predicted) {
        return Arrays.stream(predicted).map(language -> language.getLang() + "=" + language.getConfidence()).toList();
    }
}
