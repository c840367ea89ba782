package org.destalk.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.destalk.coordinator.ContentLoader;
import org.destalk.support.Contents;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under fixtures/broken/ is the valid base fixture with one thing broken; expected.txt lists
 * every problem the checker must report, as {@code file:line:col severity rule}, in order.
 */
class CheckerRulesTest {

    @TempDir
    Path work;

    static Stream<String> brokenFixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(Repo.fixture("broken"))) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theBaseFixtureIsValidWithoutWarnings() {
        ContentLoader.Result result = Contents.load(Repo.fixture("base"));
        assertEquals(List.of(), result.problems().list());
        assertTrue(result.published());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void eachRuleFiresAtTheRightPlace(String rule) throws IOException {
        Path fixture = Repo.fixture("broken").resolve(rule);
        Path content = Contents.overlay(Repo.fixture("base"), fixture, work.resolve("content"));
        Files.deleteIfExists(content.resolve("expected.txt"));

        ContentLoader.Result result = Contents.load(content);

        List<String> reported = result.problems().list().stream()
                .map(problem -> problem.position() + " " + problem.severity().name().toLowerCase() + " " + problem.rule())
                .toList();
        List<String> expected = Files.readAllLines(fixture.resolve("expected.txt")).stream().filter(line -> !line.isBlank()).toList();
        assertEquals(expected, reported);
        assertTrue(reported.stream().anyMatch(line -> line.endsWith(" " + rule)),
                "the fixture named after a rule must trigger that rule");
        assertEquals(result.problems().hasErrors(), !result.published(), "content with errors is never published");
    }

    @Test
    void everyProblemSaysWhereWhatAndHowToFix() throws IOException {
        Path content = Contents.overlay(Repo.fixture("base"), Repo.fixture("broken/unknown-target"), work.resolve("c"));
        Problem problem = Contents.load(content).problems().list().get(0);
        assertEquals("flows/menu.yml:12:53 nodes.result.branch[0].next: error [unknown-target] Dialog 'menu' has no node 'strnog'."
                + " Fix: did you mean 'strong'?", problem.describe());
    }

    @Test
    void warningsAloneDoNotBlockPublishing() throws IOException {
        Path content = Contents.overlay(Repo.fixture("base"), Repo.fixture("broken/unreachable-node"), work.resolve("c"));
        ContentLoader.Result result = Contents.load(content);
        assertFalse(result.problems().hasErrors());
        assertTrue(result.published());
    }
}
