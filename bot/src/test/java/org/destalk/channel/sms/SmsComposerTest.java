package org.destalk.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.destalk.channel.Outbound;
import org.destalk.dialog.SmsText;
import org.junit.jupiter.api.Test;

/** SMS arithmetic and layout: encodings, segment boundaries, splitting and the cap. */
class SmsComposerTest {

    private final SmsComposer composer = new SmsComposer(3);

    @Test
    void gsm7HoldsOneHundredSixtyAndUcs2Seventy() {
        assertEquals(1, SmsText.segments("a".repeat(160)));
        assertEquals(2, SmsText.segments("a".repeat(161)));
        assertEquals(2, SmsText.segments("a".repeat(306)));
        assertEquals(3, SmsText.segments("a".repeat(307)));
        assertEquals(1, SmsText.segments("á".repeat(70)));
        assertEquals(2, SmsText.segments("á".repeat(71)));
        assertEquals(3, SmsText.segments("á" + "a".repeat(200)), "one accent turns the whole text into UCS-2");
        assertTrue(SmsText.isGsm7("Straße, Menü, niño, è à ù ì ò, ¿¡"));
        assertFalse(SmsText.isGsm7("ação"));
        assertFalse(SmsText.isGsm7("ok 👍"), "an emoji needs UCS-2 too");
    }

    @Test
    void extendedGsmCharactersCountTwice() {
        assertEquals(1, SmsText.segments("€".repeat(80)));
        assertEquals(2, SmsText.segments("€".repeat(81)));
    }

    @Test
    void typographicPunctuationDoesNotForceUcs2() {
        String text = "It’s “fine” – really…";
        assertTrue(SmsText.isGsm7(SmsText.plain(text)));
        assertEquals(List.of("It's \"fine\" - really..."), composer.compose(List.of(new Outbound.Message(text, List.of())), null));
    }

    @Test
    void aQuestionShowsNumberedOptionsAndTheHintWhenItFits() {
        Outbound.Message question = new Outbound.Message("Which phone do you have?",
                List.of(new Outbound.Button("a", "Android"), new Outbound.Button("b", "iPhone")));
        assertEquals(List.of("Which phone do you have?\n\n1 Android\n2 iPhone\nReply with a number."),
                composer.compose(List.of(question), "Reply with a number."));
    }

    @Test
    void theHintIsLeftOutRatherThanCostingASegment() {
        String text = "x".repeat(440);
        Outbound.Message question = new Outbound.Message(text, List.of(new Outbound.Button("a", "Yes")));
        assertEquals(List.of(text + "\n\n1 Yes"), composer.compose(List.of(question), "Reply with a number."));
    }

    @Test
    void aLongTextIsSplitAtParagraphsThenSentencesAndEachPartKeepsTheCap() {
        String paragraph = "This sentence is here to take up room in the message. ".repeat(6).strip();
        String text = "Here is support.\n\n" + paragraph + "\n\n" + paragraph + "\n\n" + paragraph;
        List<String> sms = composer.compose(List.of(new Outbound.Message(text, List.of())), null);
        assertTrue(sms.size() >= 2);
        for (String part : sms) {
            assertTrue(SmsText.segments(part) <= 3, part.length() + " characters");
        }
        assertTrue(sms.get(0).startsWith("Here is support."));
        assertTrue(sms.get(1).startsWith("(2/" + sms.size() + ")\n"), "continued parts are numbered: " + sms.get(1));
        String joined = String.join(" ", sms).replaceAll("\\(\\d/\\d\\)\\n", "").replaceAll("\\s+", " ");
        assertEquals(text.replaceAll("\\s+", " "), joined, "nothing is lost");
    }

    @Test
    void ucs2TextsAreSplitByTheirOwnSmallerBudget() {
        String sentence = "Aquí tienes una línea de apoyo gratuita y confidencial para cualquier situación. ";
        List<String> sms = composer.compose(List.of(new Outbound.Message(sentence.repeat(5), List.of())), null);
        assertTrue(sms.size() >= 2);
        sms.forEach(part -> assertTrue(SmsText.segments(part) <= 3));
        sms.forEach(part -> assertTrue(part.length() <= 201, "UCS-2: three segments of 67"));
    }

    @Test
    void aWordLongerThanTheBudgetIsCutRatherThanDropped() {
        String link = "https://example.org/" + "a".repeat(600);
        List<String> sms = composer.compose(List.of(new Outbound.Message(link, List.of())), null);
        sms.forEach(part -> assertTrue(SmsText.segments(part) <= 3));
        assertEquals(link, String.join("", sms.stream().map(part -> part.replaceAll("^\\(\\d/\\d\\)\\n", "")).toList()));
    }
}
