package org.destalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TextFoldTest {

    @Test
    void foldsCaseAccentsPunctuationAndSpacing() {
        assertThat(TextFold.fold("  ¡Salir!  ")).isEqualTo("salir");
        assertThat(TextFold.fold("EXIT ")).isEqualTo("exit");
        assertThat(TextFold.fold("Straße, Øre; Æble")).isEqualTo("strasse ore aeble");
        assertThat(TextFold.fold("Is he -- tracking   me?!")).isEqualTo("is he tracking me");
        assertThat(TextFold.fold("24/7 +44 *#06#")).isEqualTo("24/7 +44 *#06#");
        assertThat(TextFold.fold("...")).isEmpty();
        assertThat(TextFold.fold(null)).isEmpty();
    }

    @Test
    void theOnePassFoldOfAsciiTextEqualsTheGeneralFold() {
        Gen<String> ascii = strings().betweenCodePoints(0, 0x7f).ofLengthBetween(0, 60);
        Gen<String> wordy = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 60);
        Gen<String> spaced = Generate.pick(List.of(" ", "  ", "\t", "!", "?", "--", "/", "#", "Ab", "zZ", "09", "\n"))
                .zip(Generate.pick(List.of("Yes", "NO", "menu", "3", "", " x ")), (a, b) -> a + b + a);
        qt().withExamples(2000).withTestingTime(10, TimeUnit.SECONDS).forAll(Generate.oneOf(ascii, wordy, spaced))
                .checkAssert(text -> assertThat(TextFold.foldAscii(text)).isEqualTo(TextFold.foldAnyText(text)));
    }

    @Test
    void textBeyondAsciiTakesTheGeneralFold() {
        assertThat(TextFold.foldAscii("café")).isNull();
        assertThat(TextFold.fold("Café")).isEqualTo("cafe");
    }
}
