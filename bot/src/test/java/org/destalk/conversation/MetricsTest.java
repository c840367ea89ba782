package org.destalk.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.Set;
import org.destalk.channel.Inbound;
import org.destalk.support.Bots;
import org.destalk.support.Contents;
import org.destalk.support.ScriptedUnderstander;
import org.junit.jupiter.api.Test;

/** Aggregate counters for operating the bot: journeys, quick exits, danger; no identifier in any tag. */
class MetricsTest {

    @Test
    void countersCountWhatHappenedAndCarryNoIdentifiers() {
        Bots bot = Bots.shipped(new ScriptedUnderstander());
        String person = "+34600999888";
        for (String text : List.of("/start", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "!imminent", "EXIT")) {
            bot.conversations.handle(Inbound.text("sms", person, text));
        }
        assertEquals(1.0, bot.meters.counter("destalk.journeys.started", "journey", "check").count());
        assertEquals(1.0, bot.meters.counter("destalk.journeys.finished", "journey", "check").count());
        assertEquals(1.0, bot.meters.counter("destalk.danger.interrupts", "tier", "imminent").count());
        assertEquals(1.0, bot.meters.counter("destalk.quick_exits").count());

        Set<String> dialogs = Contents.shipped().dialogs().dialogs().keySet();
        for (Meter meter : bot.meters.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertTrue(Set.of("journey", "tier").contains(tag.getKey()), meter.getId().toString());
                assertTrue(dialogs.contains(tag.getValue()) || Set.of("imminent", "high_risk").contains(tag.getValue()), meter.getId().toString());
                assertTrue(!tag.getValue().contains("600999888"));
            }
        }
    }
}
