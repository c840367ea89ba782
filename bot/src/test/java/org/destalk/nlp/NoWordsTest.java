package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.destalk.support.TrainedNlp;
import org.junit.jupiter.api.Test;

/**
 * A message with no word the models know (a stray letter, a pocket tap, keyboard mashing) is not read
 * as danger: the classifiers would only answer with their prior, which leans to danger.
 */
class NoWordsTest {

    private static final List<String> LANGUAGES = List.of("en", "es", "it", "de", "fr", "pt");
    private static final List<String> MASHING = List.of("meun", "xq", "zzzz", "qwpo", "ksksks", "dfgjk", "mnbv");

    @Test
    void noSingleLetterIsDangerInAnyLanguage() {
        for (String language : LANGUAGES) {
            List<String> alarms = IntStream.rangeClosed('a', 'z').mapToObj(letter -> String.valueOf((char) letter))
                    .filter(letter -> danger(letter, language) != Reading.DangerTier.NONE).toList();
            assertThat(alarms).as(language).isEmpty();
        }
    }

    @Test
    void keyboardMashingIsNotDanger() {
        for (String language : LANGUAGES) {
            assertThat(MASHING).as(language).allMatch(text -> danger(text, language) == Reading.DangerTier.NONE);
        }
    }

    @Test
    void aFewKnownWordsStillReachTheClassifiers() throws IOException {
        DangerLexicon lexicon = TrainedNlp.data().lexicon();
        // Plain words, no SMS spellings, so the lexicon sees them as the detector does.
        for (String text : List.of("he took my phone and hit me", "he")) {
            assertThat(lexicon.match(List.of(text.split(" "))).tier()).as("%s is for the classifiers alone", text).isEqualTo(Reading.DangerTier.NONE);
            assertThat(danger(text, "en")).as(text).isNotEqualTo(Reading.DangerTier.NONE);
        }
    }

    private static Reading.DangerTier danger(String text, String language) {
        return TrainedNlp.understander().read(text, language, null, null).danger();
    }
}
