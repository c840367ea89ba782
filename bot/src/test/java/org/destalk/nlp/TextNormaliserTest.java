package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextNormaliserTest {

    @TempDir
    Path folder;

    @Test
    void foldsCaseAccentsPunctuationAndEmphasis() {
        assertThat(TextNormaliser.fold("¿Él SABE dónde estoy?!")).isEqualTo("el sabe donde estoy");
        assertThat(TextNormaliser.fold("heeeelp pleeease")).isEqualTo("help please");
        assertThat(TextNormaliser.fold("Kaffee")).as("a letter written twice is spelling, not emphasis").isEqualTo("kaffee");
    }

    @Test
    void emojiThatCarryMeaningBecomeWords() {
        assertThat(TextNormaliser.fold("\uD83D\uDC4D")).isEqualTo("ok");
        assertThat(TextNormaliser.fold("\uD83C\uDD98 \uD83C\uDD98")).isEqualTo("sos sos");
    }

    @Test
    void smsSpellingsAreExpandedOnlyInTheirLanguage() throws IOException {
        Files.writeString(folder.resolve("es.tsv"), "xq\tporque\nq\tque\n");
        TextNormaliser normaliser = new TextNormaliser(SpellingMaps.load(folder, List.of("es", "en")));

        assertThat(normaliser.tokens("XQ me sigue?", "es")).containsExactly("porque", "me", "sigue");
        assertThat(normaliser.tokens("xq me sigue", "en")).containsExactly("xq", "me", "sigue");
        assertThat(normaliser.tokens("xq me sigue", null)).containsExactly("xq", "me", "sigue");
    }

    @Test
    void emptyAndPunctuationOnlyTextGiveNoWords() throws IOException {
        TextNormaliser normaliser = new TextNormaliser(SpellingMaps.load(folder, List.of("en")));

        assertThat(normaliser.tokens("", "en")).isEmpty();
        assertThat(normaliser.tokens("?!... ", "en")).isEmpty();
    }
}
