package org.destalk.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.directory.Country;
import org.destalk.engine.Content;
import org.destalk.engine.State;
import org.destalk.support.Bots;
import org.destalk.support.Contents;
import org.destalk.support.ScriptedUnderstander;
import org.destalk.support.ShippedNodes;
import org.junit.jupiter.api.Test;

/**
 * Non-negotiable 3: at every question, a message that signals immediate danger is answered with the
 * emergency number first (the country's, or the international advice when the country is unknown), and
 * the person can go back to where they were.
 */
class DangerEverywhereTest {

    private final Content content = Contents.shipped();

    @Test
    void imminentDangerGetsTheEmergencyNumberFirstAtEveryQuestion() {
        for (String question : ShippedNodes.questions(content)) {
            Bots bot = Bots.shipped(new ScriptedUnderstander());
            ShippedNodes.walkTo(bot, content, question);
            State before = state(bot);
            Outbound outbound = bot.conversations.handle(Inbound.text("telegram", ShippedNodes.SENDER, "!imminent"));
            String first = outbound.messages().get(0).text();
            assertTrue(first.contains(emergencyAdvice(before)), question + ": " + first);
            assertEquals(1, bot.meters.counter("destalk.danger.interrupts", "tier", "imminent").count(), question);

            if (!question.startsWith("urgent.")) {
                Outbound.Button goOn = outbound.messages().get(outbound.messages().size() - 1).buttons().stream()
                        .filter(button -> button.id().endsWith(":go_on")).findFirst().orElseThrow();
                bot.conversations.handle(new Inbound("telegram", ShippedNodes.SENDER, Inbound.Kind.CHOICE, goOn.id(), Inbound.Hints.NONE, null, null));
                assertEquals(question, state(bot).position(), "the way back leads to the same question");
            }
        }
    }

    @Test
    void highRiskPutsASupportLineAndTheSafetyPlanFirstAtEveryQuestion() {
        for (String question : ShippedNodes.questions(content)) {
            Bots bot = Bots.shipped(new ScriptedUnderstander());
            ShippedNodes.walkTo(bot, content, question);
            State before = state(bot);
            Outbound outbound = bot.conversations.handle(Inbound.text("telegram", ShippedNodes.SENDER, "!high_risk"));
            String all = String.join("\n", outbound.messages().stream().map(Outbound.Message::text).toList());
            if (before.country() != null) {
                Country country = content.directory().country(before.country());
                assertTrue(all.contains(country.primaryLines().get(0).name()), question + ": " + all);
            }
            List<String> buttons = outbound.messages().get(outbound.messages().size() - 1).buttons().stream().map(Outbound.Button::id).toList();
            assertTrue(buttons.stream().anyMatch(id -> id.endsWith(":plan")), question + ": " + buttons);
        }
    }

    private String emergencyAdvice(State state) {
        Country country = content.directory().country(state.country());
        return country != null ? country.emergency().number() : content.directory().international().emergencyNote().get("en");
    }

    private static State state(Bots bot) {
        State state = bot.store.load(Bots.keys().session("telegram", ShippedNodes.SENDER)).orElseThrow().session().state();
        assertFalse(state.position().isEmpty());
        return state;
    }
}
