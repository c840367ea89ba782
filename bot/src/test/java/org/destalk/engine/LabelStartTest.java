package org.destalk.engine;

import static org.destalk.engine.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fixtures/nodes/label-starts: "Call now", "Call later on" and "Go to help", chosen by how their labels begin. */
class LabelStartTest {

    @TempDir
    Path work;
    Harness bot;

    @BeforeEach
    void startAtTheQuestion() {
        bot = Harness.forNode("label-starts", work);
        bot.start("demo.question");
    }

    @Test
    void wordsThatBeginOneLabelChooseIt() {
        bot.send("Call LATER!");
        assertEquals(Set.of("later"), bot.state.flags());
    }

    @Test
    void aBeginningTwoLabelsShareChoosesNeither() {
        assertEquals(List.of("reprompt en"), texts(bot.send("call")));
        assertEquals(Set.of(), bot.state.flags());
    }

    @Test
    void aBeginningIsWholeWordsWithOneOfThreeLettersAtLeast() {
        assertEquals(List.of("reprompt en"), texts(bot.send("call lat")), "part of a word");
        assertEquals(List.of("reprompt_help en"), texts(bot.send("go")), "too short to be sure of");
        assertEquals("demo.question", bot.state.position());
    }

    @Test
    void moreThanALabelIsNotItsBeginning() {
        bot.send("call now please");
        assertEquals("demo.question", bot.state.position());
    }

    @Test
    void labelsOfThePersonsLanguageCount() {
        bot.state = bot.state.withLanguage("es", true);
        bot.send("llamar más");
        assertEquals(Set.of("later"), bot.state.flags());
    }

    @Test
    void labelsOfTheDefaultLanguageCountForEveryone() {
        bot.state = bot.state.withLanguage("es", true);
        bot.send("call later");
        assertEquals(Set.of("later"), bot.state.flags());
    }
}
