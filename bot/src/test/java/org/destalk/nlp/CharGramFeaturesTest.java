package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;

/**
 * The trigram features are what the models were trained on, so their names must stay exactly those of
 * the plain definition: "c=" and three chars of the word between start and end marks.
 */
class CharGramFeaturesTest {

    private final CharGramFeatures features = new CharGramFeatures();

    @Test
    void everyMessageOfTheDataGetsTheTrigramsOfItsWords() throws IOException {
        NlpModels data = NlpModels.at(Repo.nlpModels(), NlpModels.LANGUAGES);
        int compared = 0;
        for (String set : List.of(NlpModels.TRAIN, NlpModels.EVAL, NlpModels.HOLDOUT)) {
            for (Example message : data.examples(set)) {
                String[] words = data.normaliser().tokens(message.text(), message.language()).toArray(String[]::new);
                assertThat(features.extractFeatures(words, Map.of())).as(message.text()).containsExactlyElementsOf(byDefinition(words));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5_000);
    }

    @Test
    void shortWordsEmojiAndMarksInsideWordsKeepTheirChars() {
        String[] words = {"", "a", "ok", "😀x", "<>", "c=d"};
        assertThat(features.extractFeatures(words, Map.of())).containsExactlyElementsOf(byDefinition(words))
                .contains("c=<a>", "c=<ok", "c=ok>", "c=<\uD83D\uDE00", "c=<<>", "c==d>");
    }

    private static List<String> byDefinition(String[] words) {
        List<String> expected = new ArrayList<>(List.of(CharGramFeatures.BIAS));
        for (String word : words) {
            String padded = "<" + word + ">";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                expected.add("c=" + padded.substring(i, i + 3));
            }
        }
        return expected;
    }
}
