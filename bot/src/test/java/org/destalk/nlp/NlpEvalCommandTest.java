package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpEvalCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int evaluate(Path... files) throws IOException {
        return NlpEvalCommand.run(List.of(files), Repo.nlpModels(), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsEveryMeasureTheIssueAsksFor() throws IOException {
        Path file = folder.resolve("mine.tsv");
        Files.writeString(file, "lang\tintent\tdanger\ttext\n"
                + "en\tdanger\t1\the is outside my door right now\n"
                + "en\tgreeting\t0\thello is anyone there\n"
                + "es\tcheck_phone\t0\tcreo que mi ex lee mis mensajes\n");

        assertThat(evaluate(file)).isZero();

        String report = output.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("lang", "intent", "language", "recall", "fp-rate");
        assertThat(report).containsPattern("en +2 +100\\.0%");
        assertThat(report).contains("Per intent:", "precision");
        assertThat(report).contains("Confusion matrix");
    }

    @Test
    void malformedLinesAreNamedWithFileAndLine() throws IOException {
        Path file = folder.resolve("bad.tsv");
        Files.writeString(file, "en\tgreting\t0\thello\nen\tgreeting\t0\nxx\tno\t0\tnope\n");

        assertThat(evaluate(file)).isEqualTo(1);

        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("bad.tsv:1: unknown intent \"greting\"")
                .contains("bad.tsv:2: expected 4 tab-separated columns")
                .contains("bad.tsv:3: unknown language \"xx\"");
    }

    @Test
    void aMissingFileIsAUsageError() throws IOException {
        assertThat(evaluate(folder.resolve("nowhere.tsv"))).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("no such file");
    }
}
