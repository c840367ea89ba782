package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DangerLexiconTest {

    @TempDir
    Path folder;

    private DangerLexicon lexicon(String yaml) throws IOException {
        Files.writeString(folder.resolve("en.yml"), yaml);
        return DangerLexicon.load(folder, List.of("en"));
    }

    private static List<String> words(String text) {
        return List.of(TextNormaliser.fold(text).split(" "));
    }

    @Test
    void findsTheHighestTierOfAnyPhrase() throws IOException {
        DangerLexicon lexicon = lexicon("imminent: [outside my door]\nhigh_risk: [threatened to kill]\n");

        assertThat(lexicon.match(words("He threatened to kill me and he is outside my door")).tier()).isEqualTo(Reading.DangerTier.IMMINENT);
        assertThat(lexicon.match(words("he threatened to kill me")).tier()).isEqualTo(Reading.DangerTier.HIGH_RISK);
        assertThat(lexicon.match(words("what a nice door")).tier()).isEqualTo(Reading.DangerTier.NONE);
    }

    @Test
    void aStarMatchesAnyEnding() throws IOException {
        DangerLexicon lexicon = lexicon("imminent: [strangl*]\n");

        assertThat(lexicon.match(words("he is strangling me")).tier()).isEqualTo(Reading.DangerTier.IMMINENT);
        assertThat(lexicon.match(words("strange day")).tier()).isEqualTo(Reading.DangerTier.NONE);
    }

    @Test
    void aLookAlikeSilencesOnlyThePhraseItOverlaps() throws IOException {
        DangerLexicon lexicon = lexicon("imminent: [killing me, knife]\nnot_danger: [this is killing me]\n");

        DangerLexicon.Match idiom = lexicon.match(words("this is killing me"));
        assertThat(idiom.tier()).isEqualTo(Reading.DangerTier.NONE);
        assertThat(idiom.lookAlike()).isTrue();
        assertThat(lexicon.match(words("this is killing me, he has a knife")).tier()).isEqualTo(Reading.DangerTier.IMMINENT);
    }

    @Test
    void aGapLetsVerbPartsStandApart() throws IOException {
        DangerLexicon lexicon = lexicon("imminent: [bringt mich ... um]\n");

        assertThat(lexicon.match(words("er bringt mich um")).tier()).isEqualTo(Reading.DangerTier.IMMINENT);
        assertThat(lexicon.match(words("er bringt mich heute noch um")).tier()).isEqualTo(Reading.DangerTier.IMMINENT);
        assertThat(lexicon.match(words("er bringt mich morgen früh zur arbeit um acht")).tier())
                .as("more than three words apart").isEqualTo(Reading.DangerTier.NONE);
    }

    @Test
    void aGapAtTheEdgeOfAPhraseIsRefusedWithTheFile() {
        assertThatThrownBy(() -> lexicon("imminent: [... knife]\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("en.yml")
                .hasMessageContaining("only makes sense between words");
    }

    @Test
    void everyLanguageIsCheckedWhateverTheMessageLanguage() throws IOException {
        Files.writeString(folder.resolve("es.yml"), "imminent: [tiene un cuchillo]\n");
        Files.writeString(folder.resolve("en.yml"), "imminent: [has a knife]\n");
        DangerLexicon lexicon = DangerLexicon.load(folder, List.of("en", "es"));

        assertThat(lexicon.match(words("ojo: tiene un cuchillo")).tier()).isEqualTo(Reading.DangerTier.IMMINENT);
    }
}
