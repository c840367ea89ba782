package org.destalk.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.destalk.support.TelegramFake;

/** A person using Telegram in a test: sends texts and taps buttons of the bot's last message. */
final class TelegramSession {

    /** Posts an update with a secret; returns the HTTP status. */
    interface Poster {
        int post(String body, String secret) throws Exception;
    }

    private final Poster poster;
    private final TelegramFake telegram;
    private final List<Integer> messageIds = new ArrayList<>();
    private int nextUpdate = 9000;
    private int nextMessage = 40;

    TelegramSession(Poster poster, TelegramFake telegram) {
        this.poster = poster;
        this.telegram = telegram;
    }

    static String text(long chatId, int messageId, int updateId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + messageId + ",\"date\":1764000000,\"text\":"
                + quote(text) + ",\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"P\",\"language_code\":\"en\"},"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"}}}";
    }

    void says(long chatId, String text) throws Exception {
        int messageId = nextMessage++;
        messageIds.add(messageId);
        check(poster.post(text(chatId, messageId, nextUpdate++, text), TelegramWebhookTest.SECRET));
    }

    /** Taps the button at {@code index} of the bot's latest message with buttons. */
    void taps(long chatId, int index) throws Exception {
        JsonNode last = lastKeyboardMessage();
        String data = last.path("reply_markup").path("inline_keyboard").get(index).get(0).path("callback_data").asText();
        String update = "{\"update_id\":" + nextUpdate++ + ",\"callback_query\":{\"id\":\"cb" + nextUpdate + "\",\"chat_instance\":\"c\","
                + "\"data\":" + quote(data) + ",\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"P\"},"
                + "\"message\":{\"message_id\":1001,\"date\":1764000000,\"text\":\"q\",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"}}}}";
        check(poster.post(update, TelegramWebhookTest.SECRET));
    }

    /** Starts, taps the given buttons in turn, and returns every text the bot sent. */
    String walk(long chatId, List<Integer> taps) throws Exception {
        says(chatId, "/start");
        settle();
        for (int index : taps) {
            taps(chatId, index);
            settle();
        }
        return allTexts();
    }

    String walkThenSay(long chatId, List<Integer> taps, String text) throws Exception {
        walk(chatId, taps);
        says(chatId, text);
        settle();
        return allTexts();
    }

    int messageId(int index) {
        return messageIds.get(index);
    }

    private String allTexts() {
        return String.join("\n", telegram.bodies("sendmessage").stream().map(body -> body.path("text").asText()).toList());
    }

    private JsonNode lastKeyboardMessage() throws InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            List<JsonNode> sent = telegram.bodies("sendmessage");
            for (int i = sent.size() - 1; i >= 0; i--) {
                if (sent.get(i).path("reply_markup").has("inline_keyboard")) {
                    return sent.get(i);
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The bot sent no buttons");
    }

    private void settle() throws InterruptedException {
        int seen = -1;
        for (int tries = 0; tries < 100; tries++) {
            int now = telegram.requests("sendmessage").size();
            if (now == seen) {
                return;
            }
            seen = now;
            Thread.sleep(30);
        }
    }

    private static void check(int status) {
        if (status != 200) {
            throw new AssertionError("HTTP " + status);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
