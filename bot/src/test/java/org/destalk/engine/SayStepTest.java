package org.destalk.engine;

import static org.destalk.engine.Harness.labels;
import static org.destalk.engine.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fixtures/nodes/say: a statement of two messages, then straight on to a question. */
class SayStepTest {

    @TempDir
    Path work;

    @Test
    void saysEveryMessageInOrderThenAsksTheNextQuestion() {
        Harness bot = Harness.forNode("say", work);
        Turn turn = bot.start("demo.note");
        assertEquals(List.of("handoff_welcome en", "Noted.", "Hello.", "Lines in :"), texts(turn));
        assertEquals(List.of("Back"), labels(turn));
        assertEquals("demo.question", bot.state.position(), "a conversation always rests at a question");
    }
}
