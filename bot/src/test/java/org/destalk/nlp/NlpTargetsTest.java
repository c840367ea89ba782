package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.destalk.support.TrainedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The targets of the language understanding, on the team's evaluation set, with floors slightly below
 * the targets (intent 90%, danger recall 98% with at most 5% false alarms, language 97%, a longer
 * message's language noticed with confidence 85% of the time and never confidently mistaken) so that
 * a one-line change to the data does not fail the build, while a real regression does.
 */
class NlpTargetsTest {

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() throws IOException {
        evaluation = Evaluation.of(TrainedNlp.understander(), TrainedNlp.data().examples(NlpModels.EVAL));
    }

    @Test
    void everyLanguageIsEvaluatedOnEnoughExamples() {
        assertThat(evaluation.byLanguage()).containsOnlyKeys(NlpModels.LANGUAGES);
        evaluation.byLanguage().values().forEach(tally -> assertThat(tally.total()).isGreaterThanOrEqualTo(15 * 12));
    }

    @Test
    void intentsAreRightInEveryLanguage() {
        for (Map.Entry<String, Evaluation.Tally> language : evaluation.byLanguage().entrySet()) {
            assertThat(language.getValue().intentAccuracy()).as("intent accuracy in %s", language.getKey()).isGreaterThanOrEqualTo(0.88);
            assertThat(language.getValue().coldIntentAccuracy()).as("cold intent accuracy in %s", language.getKey()).isGreaterThanOrEqualTo(0.86);
        }
    }

    @Test
    void dangerIsFoundWithFewFalseAlarms() {
        assertThat(evaluation.overall().dangerRecall()).as("danger recall, all languages").isGreaterThanOrEqualTo(0.97);
        for (Map.Entry<String, Evaluation.Tally> language : evaluation.byLanguage().entrySet()) {
            assertThat(language.getValue().dangerRecall()).as("danger recall in %s", language.getKey()).isGreaterThanOrEqualTo(0.95);
            assertThat(language.getValue().falsePositiveRate()).as("false alarms in %s", language.getKey()).isLessThanOrEqualTo(0.06);
        }
    }

    @Test
    void aLongerMessageIsNoticedInItsLanguageAndNeverConfidentlyMistaken() {
        for (Map.Entry<String, Evaluation.Tally> language : evaluation.byLanguage().entrySet()) {
            assertThat(language.getValue().languageNoticed()).as("language noticed in %s", language.getKey()).isGreaterThanOrEqualTo(0.80);
            assertThat(language.getValue().languageMistaken()).as("language mistaken in %s", language.getKey()).isLessThanOrEqualTo(0.005);
        }
    }

    @Test
    void languagesOfLongerMessagesAreRecognised() {
        for (Map.Entry<String, Evaluation.Tally> language : evaluation.byLanguage().entrySet()) {
            assertThat(language.getValue().languageAccuracy()).as("language accuracy in %s", language.getKey()).isGreaterThanOrEqualTo(0.96);
        }
    }
}
