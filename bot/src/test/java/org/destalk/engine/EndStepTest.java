package org.destalk.engine;

import static org.destalk.engine.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fixtures/nodes/end: a last message, then the conversation is over. */
class EndStepTest {

    @TempDir
    Path work;

    @Test
    void saysGoodbyeAndEndsWithNoStateLeft() {
        Harness bot = Harness.forNode("end", work);
        bot.start("demo.question");
        Turn turn = bot.send("1");
        assertEquals(List.of("Bye."), texts(turn));
        assertTrue(turn.events().contains(new Event.Ended(Event.Ended.Reason.FINISHED)));
        assertTrue(turn.ended());
        assertNull(bot.state);
    }
}
