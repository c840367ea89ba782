package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.destalk.dialog.TextFold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TextNormaliserTest {

    @TempDir
    Path folder;

    @Test
    void foldsCaseAccentsPunctuationAndEmphasis() {
        assertThat(TextNormaliser.fold("¿Él SABE dónde estoy?!")).isEqualTo("el sabe donde estoy");
        assertThat(TextNormaliser.fold("heeeelp pleeease")).isEqualTo("help please");
        assertThat(TextNormaliser.fold("Kaffee")).as("a letter written twice is spelling, not emphasis").isEqualTo("kaffee");
        assertThat(TextNormaliser.fold("¡¡Ayúúúda!!")).isEqualTo("ayuda");
        assertThat(TextNormaliser.fold("βοήθειααα")).isEqualTo("βοηθεια");
        assertThat(TextNormaliser.fold("\uD801\uDC28\uD801\uDC28\uD801\uDC28 ok")).as("a letter beyond the BMP, three times").isEqualTo("\uD801\uDC28 ok");
        assertThat(TextNormaliser.fold("111 !!! ok")).as("digits and marks are not emphasis").isEqualTo("111 ok");
    }

    @Test
    void theQuickScanForRepeatsChangesNothing() {
        Gen<String> pieces = Generate.pick(List.of("a", "aa", "aaa", "E", "ée", "ñññ", "ß", " ", "!", "1", "\uD83D\uDC4D", "\u2764", "\uD801\uDC28", "zz"));
        qt().withExamples(3000).withTestingTime(10, TimeUnit.SECONDS).forAll(lists().of(pieces).ofSizeBetween(0, 12))
                .checkAssert(parts -> {
                    String text = String.join("", parts);
                    assertThat(TextNormaliser.fold(text)).as(text).isEqualTo(foldWithTheExpressionAlways(text));
                });
    }

    /** The fold as it was before the quick scans: emoji looked up and the repeat expression run on every text. */
    private static String foldWithTheExpressionAlways(String text) {
        String withEmoji = text.replace("\uD83D\uDC4D", " ok ").replace("\u2764", " thanks ");
        String folded = TextFold.fold(withEmoji).replace('/', ' ').replace('+', ' ').replace('*', ' ').replace('#', ' ');
        return folded.replaceAll("(\\p{L})\\1{2,}", "$1").trim();
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
