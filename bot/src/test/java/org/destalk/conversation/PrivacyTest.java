package org.destalk.conversation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.destalk.channel.Inbound;
import org.destalk.engine.Content;
import org.destalk.support.Bots;
import org.destalk.support.Contents;
import org.destalk.support.LogCapture;
import org.destalk.support.ScriptedUnderstander;
import org.destalk.support.ShippedNodes;
import org.junit.jupiter.api.Test;

/**
 * Non-negotiable 1: whole conversations leave no message text, phone number or chat id in any log line,
 * at any level, nor in the store's values.
 */
class PrivacyTest {

    private static final String PHONE = "+447700900123";
    private static final String SECRET_TEXT = "my husband Kevin reads everything on my phone";

    @Test
    void fullConversationsLeaveNoTextAndNoIdentifierInTheLogs() {
        Content content = Contents.shipped();
        Bots bot = Bots.shipped(new ScriptedUnderstander().intent(SECRET_TEXT, "check_phone", 0.9));
        try (LogCapture logs = new LogCapture()) {
            for (String question : ShippedNodes.questions(content)) {
                ShippedNodes.walkTo(bot, content, question);
                bot.conversations.handle(Inbound.text("telegram", ShippedNodes.SENDER, SECRET_TEXT));
                bot.conversations.handle(Inbound.text("telegram", ShippedNodes.SENDER, "exit"));
            }
            bot.conversations.handle(new Inbound("sms", PHONE, Inbound.Kind.TEXT, SECRET_TEXT, new Inbound.Hints(null, "GB"), "SM99", "SM99"));
            bot.conversations.handle(new Inbound("sms", PHONE, Inbound.Kind.TEXT, "he is outside", new Inbound.Hints(null, "GB"), "SM98", "SM98"));
            assertNothingPrivate(logs.lines());
        }
    }

    static void assertNothingPrivate(List<String> lines) {
        for (String line : lines) {
            for (String secret : List.of(PHONE, "7700900123", SECRET_TEXT, "Kevin", "he is outside", ShippedNodes.SENDER)) {
                assertTrue(!line.contains(secret), "a log line contains '" + secret + "': " + line);
            }
        }
    }
}
