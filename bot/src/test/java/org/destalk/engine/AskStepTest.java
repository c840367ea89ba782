package org.destalk.engine;

import static org.destalk.engine.Harness.choiceIds;
import static org.destalk.engine.Harness.intent;
import static org.destalk.engine.Harness.labels;
import static org.destalk.engine.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fixtures/nodes/ask: a question whose options are chosen by button, number, label or intent. */
class AskStepTest {

    @TempDir
    Path work;
    Harness bot;

    @BeforeEach
    void startAtTheQuestion() {
        bot = Harness.forNode("ask", work);
        Turn turn = bot.start("demo.question");
        assertEquals(List.of("handoff_welcome en", "Hello."), texts(turn), "a start at a node still says how to leave");
        assertEquals(List.of("My phone", "Help"), labels(turn), "hidden options get no button and no number");
        assertEquals(List.of("demo.question:phone", "demo.question:help"), choiceIds(turn));
    }

    @Test
    void aTappedButtonChoosesItsOptionAndRecordsWhatItSets() {
        Turn turn = bot.tap("demo.question:phone");
        assertEquals("Noted.", texts(turn).get(0));
        assertEquals("menu.help", bot.state.position());
        assertEquals(Map.of("strong", 1), bot.state.scores());
        assertEquals(Set.of("phone"), bot.state.flags());
        assertEquals("phone", bot.state.lastOption());
    }

    @Test
    void aNumberChoosesTheVisibleOptionAtThatPosition() {
        bot.send("2");
        assertEquals("menu.help", bot.state.position());
    }

    @Test
    void aNumberWithOnlyChoiceWordsAroundItChoosesToo() {
        bot.send("Option 1, please!");
        assertEquals("menu.help", bot.state.position());
        assertEquals(Map.of("strong", 1), bot.state.scores(), "option 1, not any other");
    }

    @Test
    void aNumberAmongOtherWordsOrBesideAnotherNumberIsText() {
        assertEquals(List.of("reprompt en"), texts(bot.send("I have 2 phones")));
        assertEquals(List.of("reprompt_help en"), texts(bot.send("option 1 2")));
        assertEquals("demo.question", bot.state.position());
    }

    @Test
    void choiceWordsOfThePersonsLanguageCount() {
        bot.state = bot.state.withLanguage("es", true);
        bot.send("opción 1");
        assertEquals(Map.of("strong", 1), bot.state.scores());
    }

    @Test
    void aNumberWrittenAsAWordChoosesLikeItsDigits() {
        bot.send("Two");
        assertEquals("menu.help", bot.state.position());
        assertEquals(Map.of(), bot.state.scores(), "two is the second option, which sets nothing");
    }

    @Test
    void numberWordsFollowTheRulesOfDigits() {
        assertEquals(List.of("reprompt en"), texts(bot.send("two phones")), "other words around it: text");
        assertEquals(List.of("reprompt_help en"), texts(bot.send("one 2")), "a second number: text");
        bot.send("option one please");
        assertEquals(Map.of("strong", 1), bot.state.scores());
    }

    @Test
    void numberWordsOfThePersonsLanguageAndOfTheDefaultOneCount() {
        bot.state = bot.state.withLanguage("es", true);
        bot.send("opción uno");
        assertEquals(Map.of("strong", 1), bot.state.scores());
        bot.state = bot.state.at("demo", "question");
        bot.send("two");
        assertEquals("menu.help", bot.state.position(), "the default language's words count too");
    }

    @Test
    void aReplyWordChoosesTheOptionForItsIntentWithoutAsking() {
        Understanding unsure = new Understanding(null, false, List.of(new Understanding.Scored("find_help", 0.45)), Danger.NONE);
        bot.send("Phone!", unsure);
        assertEquals("menu.help", bot.state.position());
        assertEquals(Map.of("strong", 1), bot.state.scores(), "the phone option, not the model's unsure guess");
    }

    @Test
    void aReplyWordIsOnlyAReplyAsTheWholeMessage() {
        Understanding unsure = new Understanding(null, false, List.of(new Understanding.Scored("find_help", 0.45)), Danger.NONE);
        assertEquals(List.of("clarify en"), texts(bot.send("phone broken", unsure)));
    }

    @Test
    void aReplyWordNeverHidesTheDangerTheModelsFound() {
        Turn turn = bot.send("phone", new Understanding(null, false, List.of(), Danger.IMMINENT));
        assertTrue(turn.events().contains(new Event.Interrupted(Danger.IMMINENT)));
        assertEquals(Map.of(), bot.state.scores());
    }

    @Test
    void replyWordsOfThePersonsLanguageAndOfTheDefaultOneCount() {
        bot.state = bot.state.withLanguage("es", true);
        bot.send("móvil");
        assertEquals(Map.of("strong", 1), bot.state.scores());
        bot.state = bot.state.at("demo", "question");
        bot.send("phone");
        assertEquals(Map.of("strong", 2), bot.state.scores(), "the default language's replies count too");
    }

    @Test
    void typingALabelChoosesItWhateverTheCaseAndAccents() {
        bot.send("  MY PHONE! ");
        assertEquals("menu.help", bot.state.position());
        assertEquals(Map.of("strong", 1), bot.state.scores());
    }

    @Test
    void aConfidentIntentChoosesTheOptionThatListsIt() {
        bot.send("someone reads my texts", intent("check_phone", 0.9));
        assertEquals("menu.help", bot.state.position());
    }

    @Test
    void aHiddenOptionIsReachableByItsIntent() {
        bot.send("take me back", intent("menu", 0.95));
        assertEquals("menu.start", bot.state.position());
    }

    @Test
    void aButtonFromAnOlderQuestionOnlyRepeatsTheCurrentOne() {
        Turn turn = bot.tap("menu.start:phone");
        assertEquals(List.of("reprompt en"), texts(turn));
        assertEquals(List.of("My phone", "Help"), labels(turn));
        assertEquals("demo.question", bot.state.position());
    }

    @Test
    void unknownTextRepromptsWithTheOptionsAndOffersHelpAfterASecondMiss() {
        Turn first = bot.send("purple elephants");
        assertEquals(List.of("reprompt en"), texts(first));
        assertEquals(List.of("My phone", "Help"), labels(first));
        Turn second = bot.send("7");
        assertEquals(List.of("reprompt_help en"), texts(second));
        assertEquals(2, bot.state.misses());
        bot.send("1");
        assertEquals(0, bot.state.misses(), "an answer resets the count");
    }

    @Test
    void anUnsureIntentLeadsToAClarifyingQuestionNeverToAGuess() {
        Understanding unsure = new Understanding(null, false,
                List.of(new Understanding.Scored("find_help", 0.45), new Understanding.Scored("check_phone", 0.35)), Danger.NONE);
        Turn turn = bot.send("maybe someone to talk to", unsure);
        assertEquals(List.of("clarify en"), texts(turn));
        assertEquals(List.of("Help", "My phone", "something_else en"), labels(turn));
        assertEquals("demo.question", bot.state.position());
        assertNotNull(bot.state.awaiting());

        bot.send("2");
        assertEquals("menu.help", bot.state.position(), "2 picks the second clarification: check_phone leads to the phone option");
        assertTrue(bot.state.scores().containsKey("strong"));
    }

    @Test
    void aClarificationIsAnsweredByNumberWithChoiceWordsAndNeverByZero() {
        Understanding unsure = new Understanding(null, false,
                List.of(new Understanding.Scored("find_help", 0.45), new Understanding.Scored("check_phone", 0.35)), Danger.NONE);
        bot.send("maybe someone to talk to", unsure);
        assertEquals(List.of("reprompt en"), texts(bot.send("0")), "0 is no choice, and must not break the turn");

        bot.send("maybe someone to talk to", unsure);
        bot.send("option 2");
        assertTrue(bot.state.scores().containsKey("strong"), "option 2 is the second clarification, check_phone");
    }
}
