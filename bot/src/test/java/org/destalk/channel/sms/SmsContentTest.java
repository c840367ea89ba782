package org.destalk.channel.sms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.dialog.Settings;
import org.destalk.dialog.SmsText;
import org.destalk.dialog.TextFold;
import org.destalk.directory.Country;
import org.destalk.engine.Content;
import org.destalk.support.Bots;
import org.destalk.support.Contents;
import org.destalk.support.ScriptedUnderstander;
import org.junit.jupiter.api.Test;

/**
 * What SMS users actually receive where texts are filled from the directory: every country in every
 * language, through support lines, more lines, emergency numbers and the danger interrupt. Every SMS
 * fits the segment budget, starts with a neutral first line, and a turn stays a handful of messages.
 */
class SmsContentTest {

    private static final int MOST_SMS_A_TURN = 8;

    private final Content content = Contents.shipped();
    private final SmsComposer composer = new SmsComposer(content.dialogs().settings().limits().smsSegments());

    @Test
    void everyCountryInEveryLanguageFitsAndOpensNeutrally() {
        List<String> countries = new ArrayList<>(content.directory().countries().stream().map(Country::code).toList());
        countries.add(null);
        int checked = 0;
        for (String language : content.dialogs().settings().languages()) {
            for (String country : countries) {
                List<List<String>> turns = walk(language, country, List.of("/start", "3", "1", "2", "/menu", "!imminent", "!high_risk"));
                for (List<String> sms : turns) {
                    assertTrue(sms.size() <= MOST_SMS_A_TURN, language + "/" + country + ": " + sms.size() + " SMS in one turn");
                    for (String part : sms) {
                        assertTrue(SmsText.segments(part) <= 3, language + "/" + country + ": " + part);
                        assertNeutral(part, language + "/" + country);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 500, "checked " + checked + " SMS");
    }

    private List<List<String>> walk(String language, String country, List<String> inputs) {
        Bots bot = new Bots(content, new ScriptedUnderstander(), Bots.memoryStore());
        List<List<String>> turns = new ArrayList<>();
        for (String input : inputs) {
            Outbound outbound = bot.conversations.handle(new Inbound("sms", "+10000000000", Inbound.Kind.TEXT, input,
                    new Inbound.Hints(language, country), null, null));
            turns.add(composer.compose(outbound.messages(), bot.conversations.systemText("sms.reply_hint", outbound.language())));
        }
        return turns;
    }

    private void assertNeutral(String sms, String where) {
        Settings settings = content.dialogs().settings();
        String firstLine = TextFold.fold(sms.lines().findFirst().orElse(""));
        for (String word : firstLine.split(" ")) {
            for (List<String> patterns : settings.alarmingWords().values()) {
                for (String pattern : patterns) {
                    boolean prefix = pattern.endsWith("*");
                    String folded = TextFold.fold(prefix ? pattern.substring(0, pattern.length() - 1) : pattern);
                    boolean alarming = prefix ? word.startsWith(folded) : word.equals(folded);
                    assertTrue(!alarming, where + ": the first line shows '" + word + "': " + sms);
                }
            }
        }
    }
}
