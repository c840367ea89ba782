package org.destalk.engine;

import static org.destalk.engine.Harness.intent;
import static org.destalk.engine.Harness.labels;
import static org.destalk.engine.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.destalk.support.Contents;
import org.destalk.support.Repo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour that applies at every node, on the base fixture. */
class EngineTest {

    private static final Understanding IMMINENT = new Understanding(null, false, List.of(), Danger.IMMINENT);

    Harness bot;

    @BeforeEach
    void start() {
        bot = new Harness(Contents.published(Repo.fixture("base")));
        bot.start(new Start("telegram", "en", "ES", null), null);
    }

    @Test
    void quickExitWorksInAnyLanguageAndSaysNothingMore() {
        for (String word : List.of("exit", "EXIT", "Salir!", "salír", "/exit", "/exit@SomeBot")) {
            bot.start(new Start("telegram", "en", null, null), null);
            Turn turn = bot.send(word);
            assertEquals(List.of(new Event.Ended(Event.Ended.Reason.QUICK_EXIT)), turn.events(), word);
            assertNull(bot.state, word);
        }
    }

    @Test
    void quickExitAsTheFirstMessageSkipsEvenTheGreeting() {
        Turn turn = bot.start(new Start("sms", "en", null, null), Input.text("sms", "exit", Understanding.NOTHING));
        assertEquals(List.of(new Event.Ended(Event.Ended.Reason.QUICK_EXIT)), turn.events());
    }

    @Test
    void quickExitNeedsTheWholeMessageToBeTheWord() {
        Turn turn = bot.send("how do I exit this");
        assertFalse(turn.ended());
    }

    @Test
    void dangerComesFirstAndTheWayBackLeadsToTheSameQuestion() {
        bot.send("2");
        assertEquals("menu.help", bot.state.position());
        Turn alarm = bot.send("he is at the door", IMMINENT);
        assertTrue(alarm.events().contains(new Event.Interrupted(Danger.IMMINENT)));
        assertEquals(List.of("Call 112."), texts(alarm));
        assertEquals("urgent.now", bot.state.position());

        Turn back = bot.send("go on");
        assertEquals("menu.help", bot.state.position());
        assertEquals(List.of("Lines in Spain: Line: A line.\nphone en 016 (all_day en)"), texts(back));
    }

    @Test
    void dangerWrittenInAnotherLanguageIsAnsweredInIt() {
        Turn alarm = bot.send("me va a matar", new Understanding("es", true, List.of(), Danger.IMMINENT));
        assertEquals(List.of("Llama al 112."), texts(alarm));
        assertEquals("es", bot.state.language());
        assertFalse(bot.state.languageSettled(), "not chosen by the person, so still open to change");
    }

    @Test
    void aGreetingThatShowsALanguageNeverHidesDanger() {
        Turn alarm = bot.send("hola", IMMINENT);
        assertTrue(alarm.events().contains(new Event.Interrupted(Danger.IMMINENT)));
        assertEquals(List.of("Llama al 112."), texts(alarm), "answered in the language the greeting shows");
        assertEquals("urgent.now", bot.state.position());
    }

    @Test
    void dangerKeepsALanguageThePersonChose() {
        bot.state = bot.state.withLanguage("en", true);
        Turn alarm = bot.send("me va a matar", new Understanding("es", true, List.of(), Danger.IMMINENT));
        assertEquals(List.of("Call 112."), texts(alarm));
    }

    @Test
    void anEmergencyNumberTypedAloneIsImminentDanger() {
        Turn alarm = bot.send(" 112! ");
        assertTrue(alarm.events().contains(new Event.Interrupted(Danger.IMMINENT)));
        assertEquals("urgent.now", bot.state.position());
    }

    @Test
    void anExactAnswerIsNeverMistakenForDanger() {
        bot.send("1", IMMINENT);
        assertEquals("menu.help", bot.state.position());
    }

    @Test
    void theMenuCommandWorksFromAnywhere() {
        bot.send("2");
        Turn turn = bot.send("MENU");
        assertEquals(List.of("Hello."), texts(turn));
        assertEquals("menu.start", bot.state.position());
    }

    @Test
    void aConfidentlyDifferentLanguageIsOfferedNotImposed() {
        Understanding spanish = new Understanding("es", true, List.of(), Danger.NONE);
        Turn offer = bot.send("creo que alguien lee mis mensajes", spanish);
        assertEquals(List.of("Español?"), texts(offer));
        assertEquals(List.of("yes en / yes es", "no en / no es"), labels(offer));
        assertEquals("en", bot.state.language());

        Turn accepted = bot.tap("language:yes");
        assertEquals("es", bot.state.language());
        assertEquals(List.of("Hola."), texts(accepted));
        assertEquals(List.of("Mi móvil", "Ayuda"), labels(accepted));
    }

    @Test
    void whatTheMessageAskedForIsDoneOnceTheLanguageIsChosen() {
        Understanding spanishHelp = spanish("find_help", 0.9);
        bot.send("necesito una linea de ayuda", spanishHelp);
        bot.tap("language:yes");
        assertEquals("menu.help", bot.state.position());
        assertEquals("es", bot.state.language());

        start();
        bot.send("necesito una linea de ayuda", spanishHelp);
        bot.send("2");
        assertEquals("menu.help", bot.state.position(), "declining the language keeps the request");
        assertEquals("en", bot.state.language());
    }

    @Test
    void anUnsureGuessAtTheRequestIsNotActedOnAfterTheOffer() {
        Understanding unsure = spanish("find_help", 0.4);
        bot.send("no se que hacer con esto", unsure);
        bot.tap("language:yes");
        assertEquals("menu.start", bot.state.position());
    }

    /** A message confidently in Spanish, with one intent. */
    private static Understanding spanish(String intent, double confidence) {
        return new Understanding("es", true, List.of(new Understanding.Scored(intent, confidence)), Danger.NONE);
    }

    @Test
    void declinedOnceTheOfferIsNotRepeated() {
        Understanding spanish = new Understanding("es", true, List.of(), Danger.NONE);
        bot.send("hola que tal amigo mio", spanish);
        bot.send("2");
        assertEquals("en", bot.state.language());
        assertTrue(bot.state.languageSettled());
        assertEquals(List.of("reprompt en"), texts(bot.send("sigo aqui esperando", spanish)));
    }

    @Test
    void aQuestionThatDisappearedInAReloadLeadsSomewhereSensible() {
        bot.state = bot.state.at("menu", "gone");
        Turn turn = bot.send("1");
        assertEquals(List.of("moved en", "Hello."), texts(turn));
        assertEquals("menu.start", bot.state.position());
    }

    @Test
    void aHandOffOpensItsJourneyInItsLanguageWithoutAskingAgain() {
        Turn turn = bot.start(new Start("sms", "es", "ES", "menu.help"), null);
        assertEquals(List.of("handoff_welcome es", "Líneas en España: Line\nphone es 016 (all_day es)"), texts(turn),
                "by SMS a line is shown without its description");
        assertTrue(bot.state.languageSettled());
    }

    @Test
    void aClearFirstMessageGoesStraightToItsJourney() {
        Turn turn = bot.start(new Start("telegram", "en", "ES", null), Input.text("telegram", "I need a helpline", intent("find_help", 0.9)));
        assertEquals("menu.help", bot.state.position());
        assertFalse(texts(turn).contains("Hello."), "the menu question was overtaken in the same turn");
    }

    @Test
    void aPlausibleGuessLeadingBackToThisQuestionAsksItAgainWithoutApology() {
        bot.send("2");
        Turn turn = bot.send("the lines again", intent("find_help", 0.4));
        assertEquals("menu.help", bot.state.position());
        assertEquals(List.of("Lines in Spain: Line: A line.\nphone en 016 (all_day en)"), texts(turn));
        assertNull(bot.state.awaiting(), "nothing to clarify");
    }

    @Test
    void restartForgetsTheAnswers() {
        bot.send("1");
        assertEquals(Map.of("strong", 1), bot.state.scores());
        bot.send("/start");
        assertEquals(Map.of(), bot.state.scores());
        assertEquals(Set.of(), bot.state.flags());
        assertEquals("ES", bot.state.country(), "the country is kept");
    }

    @Test
    void withoutAStoreTheBotStillApologisesWithTheEmergencyNumberAndTheMenu() {
        Turn turn = bot.engine.outage(new Start("sms", "en", "ES", null));
        assertEquals(List.of("unavailable en", "Hello."), texts(turn));
    }

    @Test
    void theSameInputOnTheSameStateGivesTheSameTurn() {
        State before = bot.state;
        Turn first = bot.engine.handle(before, Input.text("telegram", "2", Understanding.NOTHING));
        Turn second = bot.engine.handle(before, Input.text("telegram", "2", Understanding.NOTHING));
        assertEquals(first, second);
    }
}
