package org.destalk.engine;

import static org.destalk.engine.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fixtures/nodes/branch: the first rule that holds decides, else `else`. */
class BranchStepTest {

    @TempDir
    Path work;
    Harness bot;

    @BeforeEach
    void start() {
        bot = Harness.forNode("branch", work);
        bot.start("demo.question");
    }

    @Test
    void aScoreThresholdIsTestedFirst() {
        assertEquals("Noted.", texts(bot.send("1")).get(0));
    }

    @Test
    void allConditionsMustHoldTogether() {
        assertEquals("Bye.", texts(bot.send("sms", "2")).get(0), "flag helped and channel sms");
    }

    @Test
    void anyConditionIsEnough() {
        assertEquals("Lines in :", texts(bot.send("telegram", "2")).get(0), "flag helped but not sms; option help holds");
    }

    @Test
    void elseWhenNoRuleHolds() {
        assertEquals("Hello.", texts(bot.send("3")).get(0));
    }
}
