package org.destalk.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.destalk.support.Contents;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void theShippedDialogsAreValid() {
        assertEquals(0, ValidateCommand.run(new String[] {Repo.dialogs().toString()}, out));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("0 error(s), 0 warning(s); content is valid.\n"));
    }

    @Test
    void brokenDialogsFailWithEveryProblemAndASummary() {
        Path broken = Contents.overlay(Repo.fixture("base"), Repo.fixture("broken/unknown-placeholder"), work.resolve("c"));
        assertEquals(1, ValidateCommand.run(new String[] {broken.toString()}, out));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("messages/en.yml:14:11 messages.urgent.call: error [unknown-placeholder]"), output);
        assertTrue(output.contains("messages/es.yml:14:11 messages.urgent.call: error [placeholder-mismatch]"), output);
        assertTrue(output.endsWith("2 error(s), 0 warning(s); content is NOT valid.\n"), output);
    }

    @Test
    void theCoverageOfEveryLanguageComesBeforeTheSummary() {
        ValidateCommand.run(new String[] {Repo.dialogs().toString()}, out);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> coverage = lines.subList(lines.size() - 7, lines.size() - 1);
        assertEquals(List.of("en", "es", "it", "de", "fr", "pt"), coverage.stream().map(line -> line.substring(0, 2)).toList());
        coverage.forEach(line -> assertTrue(line.matches("[a-z]{2}  \\d+ keys  0 missing  0 unused  0 over SMS budget"), line));
    }

    @Test
    void aKeyMissingInALanguageIsNamedAndFailsValidation() {
        Path missing = Contents.overlay(Repo.fixture("base"), Repo.fixture("broken/missing-translation"), work.resolve("c"));
        assertEquals(1, ValidateCommand.run(new String[] {missing.toString()}, out));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.endsWith("es  42 keys  1 missing  0 unused  0 over SMS budget\n"
                + "  es missing: menu.bye\n"
                + "1 error(s), 0 warning(s); content is NOT valid.\n"), output);
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertEquals(2, ValidateCommand.run(new String[] {work.resolve("nowhere").toString()}, out));
    }
}
