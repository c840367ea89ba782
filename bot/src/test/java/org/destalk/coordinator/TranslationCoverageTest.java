package org.destalk.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.destalk.coordinator.TranslationCoverage.Language;
import org.destalk.support.Contents;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation coverage per language, on the shipped dialogs and on fixtures with one thing changed. */
class TranslationCoverageTest {

    @TempDir
    Path work;

    @Test
    void theShippedContentIsCompleteInAllSixLanguages() {
        TranslationCoverage coverage = TranslationCoverage.of(Contents.load(Repo.dialogs()));

        assertEquals(List.of("en", "es", "it", "de", "fr", "pt"), coverage.languages().stream().map(Language::code).toList());
        for (Language language : coverage.languages()) {
            assertEquals(List.of(), language.missing(), language.code());
            assertEquals(List.of(), language.unused(), language.code());
            assertEquals(List.of(), language.overSmsBudget(), language.code());
            assertTrue(language.keys() > 100, language.code());
        }
        assertTrue(coverage.complete());
    }

    @Test
    void aKeyMissingInOneLanguageIsReportedUnderThatLanguageEvenThoughTheContentHasErrors() {
        ContentLoader.Result result = Contents.load(fixture("missing-translation"));
        TranslationCoverage coverage = TranslationCoverage.of(result);

        assertNull(result.content(), "content with errors is not published");
        assertNotNull(result.bundle(), "but what was loaded is still there to report on");
        assertEquals(List.of(), language(coverage, "en").missing());
        assertEquals(List.of("menu.bye"), language(coverage, "es").missing());
        assertFalse(coverage.complete());
        assertEquals(List.of(
                "en  43 keys  0 missing  0 unused  0 over SMS budget",
                "es  42 keys  1 missing  0 unused  0 over SMS budget",
                "  es missing: menu.bye"), coverage.lines());
    }

    @Test
    void aKeyNothingUsesIsReportedAsUnused() {
        TranslationCoverage coverage = TranslationCoverage.of(Contents.load(fixture("unused-message")));

        assertEquals(List.of("spare.text"), language(coverage, "en").unused());
        assertEquals(List.of(), language(coverage, "es").unused());
        assertTrue(coverage.complete(), "an unused key is worth tidying, not a gap");
        assertTrue(coverage.lines().contains("  en unused: spare.text"), coverage.lines().toString());
    }

    @Test
    void aTextOverTheSmsBudgetIsReportedInItsLanguage() {
        TranslationCoverage coverage = TranslationCoverage.of(Contents.load(fixture("sms-too-long")));

        assertEquals(List.of("menu.strong"), language(coverage, "en").overSmsBudget());
        assertEquals(List.of(), language(coverage, "es").overSmsBudget());
        assertTrue(coverage.lines().contains("  en over SMS budget: menu.strong"), coverage.lines().toString());
    }

    @Test
    void aDialogThatCannotBeReadLeavesCoverageButCallsNothingUnused() {
        ContentLoader.Result result = Contents.load(fixture("yaml-syntax"));
        TranslationCoverage coverage = TranslationCoverage.of(result);

        assertFalse(result.published());
        assertEquals(List.of("en", "es"), coverage.languages().stream().map(Language::code).toList());
        assertEquals(43, language(coverage, "es").keys());
        assertEquals(List.of(), language(coverage, "es").unused(), "the unreadable dialog may use them");
    }

    @Test
    void aDeclaredLanguageWithoutItsFileMissesEveryKeyInOneLine() throws IOException {
        Path content = fixture("missing-translation");
        Files.delete(content.resolve("messages/es.yml"));
        TranslationCoverage coverage = TranslationCoverage.of(Contents.load(content));

        Language spanish = language(coverage, "es");
        assertEquals(0, spanish.keys());
        assertEquals(43, spanish.missing().size());
        assertTrue(spanish.missing().contains("engine.reprompt"), "the bot's own messages are needed too");
        assertFalse(coverage.complete());
        assertEquals("  es missing: all 43 keys (messages/es.yml is missing or empty)", coverage.lines().get(2));
    }

    @Test
    void withoutReadableSettingsThereAreNoLanguagesToReport() throws IOException {
        Path content = fixture("missing-translation");
        Files.delete(content.resolve("settings.yml"));
        TranslationCoverage coverage = TranslationCoverage.of(Contents.load(content));

        assertEquals(List.of(), coverage.languages());
        assertEquals(List.of(), coverage.lines());
    }

    private Path fixture(String broken) {
        Path content = Contents.overlay(Repo.fixture("base"), Repo.fixture("broken/" + broken), work.resolve("content"));
        content.resolve("expected.txt").toFile().delete();
        return content;
    }

    private static Language language(TranslationCoverage coverage, String code) {
        return coverage.languages().stream().filter(language -> language.code().equals(code)).findFirst().orElseThrow();
    }
}
