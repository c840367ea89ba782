package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.destalk.support.Repo;
import org.destalk.support.TrainedNlp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The danger detector on the pitfalls of FACTS.md section 5 (idioms, negation, past versus present,
 * third-person reports, hypotheticals, SMS spellings, missing accents, the tech cues), in every
 * language, read as a message in a conversation in that language.
 */
class PitfallsTest {

    static Stream<Arguments> pitfalls() throws IOException {
        return Files.readAllLines(Repo.root().resolve("bot/src/test/resources/nlp/pitfalls.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("lang\t") && !line.isBlank())
                .map(line -> line.split("\t"))
                .map(columns -> Arguments.of(columns[0], columns[1], columns[2], columns[3]));
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("pitfalls")
    void dangerTierIsRight(String language, String pitfall, String expected, String text) {
        Reading.DangerTier tier = TrainedNlp.understander().read(text, language, null, null).danger();
        switch (expected) {
            case "danger" -> assertThat(tier).isNotEqualTo(Reading.DangerTier.NONE);
            case "none" -> assertThat(tier).isEqualTo(Reading.DangerTier.NONE);
            case "high_risk" -> assertThat(tier).isEqualTo(Reading.DangerTier.HIGH_RISK);
            case "imminent" -> assertThat(tier).isEqualTo(Reading.DangerTier.IMMINENT);
            default -> throw new IllegalArgumentException("Unknown expectation " + expected);
        }
    }
}
