package org.destalk.engine;

import static org.destalk.engine.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fixtures/nodes/jump: continue in another dialog. */
class JumpStepTest {

    @TempDir
    Path work;

    @Test
    void continuesAtTheTargetOfAnotherDialogAndCountsTheJourney() {
        Harness bot = Harness.forNode("jump", work);
        bot.start("demo.question");
        Turn turn = bot.send("1");
        assertEquals(List.of("Call 112."), texts(turn), "with no country and no international entry, 112 works from most mobiles");
        assertEquals("urgent.now", bot.state.position());
        assertTrue(turn.events().contains(new Event.Entered("urgent")));
    }
}
