package org.destalk.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.engine.State;
import org.destalk.nlp.Reading;
import org.destalk.support.Bots;
import org.destalk.support.Repo;
import org.destalk.support.ScriptedUnderstander;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every golden conversation in dialogs/tests/ through the real conversation service (scripted
 * language understanding, in-memory store, fixed clock) and compares the answers.
 *
 * <p>{@code mvn test -Dgolden.update=true} rewrites the answers instead; review the diff before committing.
 */
class GoldenConversationsTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String SENDER = "golden-person";

    static Stream<Path> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.list(Repo.dialogs().resolve("tests"))) {
            return files.filter(file -> file.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void conversationMatchesItsGoldenFile(Path file) throws IOException {
        GoldenFile golden = GoldenFile.read(file);
        List<GoldenFile.Step> actual = replay(golden);
        if (UPDATE) {
            new GoldenFile(golden.about(), golden.channel(), golden.language(), golden.country(), actual).write(file);
            return;
        }
        assertFalse(golden.steps().isEmpty());
        for (int i = 0; i < actual.size(); i++) {
            GoldenFile.Step expected = golden.steps().get(i);
            assertEquals(expected.answer(), actual.get(i).answer(), file.getFileName() + " step " + (i + 1) + " (send: " + expected.send()
                    + "). If the change is intended, run mvn test -Dgolden.update=true and review the diff.");
        }
    }

    private static List<GoldenFile.Step> replay(GoldenFile golden) {
        ScriptedUnderstander understander = new ScriptedUnderstander();
        for (GoldenFile.Step step : golden.steps()) {
            if (step.understood() != null) {
                understander.reading(step.send(), reading(step.understood()));
            }
        }
        Bots bot = Bots.shipped(understander);
        Inbound.Hints hints = new Inbound.Hints(golden.language(), golden.country());
        List<GoldenFile.Step> actual = new ArrayList<>();
        for (GoldenFile.Step step : golden.steps()) {
            Outbound outbound = bot.conversations.handle(new Inbound(golden.channel(), SENDER, Inbound.Kind.TEXT, step.send(), hints, null, null));
            List<String> messages = outbound.messages().stream().map(Outbound.Message::text).toList();
            List<String> options = outbound.messages().isEmpty() ? List.of()
                    : outbound.messages().get(outbound.messages().size() - 1).buttons().stream().map(Outbound.Button::label).toList();
            String at = bot.store.load(Bots.keys().session(golden.channel(), SENDER)).map(v -> v.session().state()).map(State::position).orElse(null);
            String ending = outbound.ending() == Outbound.Ending.NONE ? null : outbound.ending().name().toLowerCase();
            actual.add(new GoldenFile.Step(step.send(), step.understood(), new GoldenFile.Answer(messages, options, at, ending)));
        }
        return actual;
    }

    private static Reading reading(Map<String, Object> understood) {
        String intent = (String) understood.get("intent");
        double confidence = understood.containsKey("confidence") ? ((Number) understood.get("confidence")).doubleValue() : 0.9;
        String danger = (String) understood.getOrDefault("danger", "none");
        String language = (String) understood.get("language");
        return new Reading(language, language != null, intent == null ? List.of() : List.of(new Reading.IntentScore(intent, confidence)),
                Reading.DangerTier.valueOf(danger.toUpperCase()));
    }
}
