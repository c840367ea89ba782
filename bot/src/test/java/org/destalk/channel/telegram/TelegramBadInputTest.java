package org.destalk.channel.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.destalk.app.BotApplication;
import org.destalk.support.Fuzz;
import org.destalk.support.LogCapture;
import org.destalk.support.TelegramFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Random and malformed updates through the real webhook (QuickTheories, bounded in examples and
 * time): never a server error, never a crash, and none of the text in the logs.
 */
class TelegramBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "fuzzing-webhook-secret";
    private static final Set<Integer> CALM = Set.of(200, 400);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger UPDATE_IDS = new AtomicInteger();
    private static TelegramFake telegram;
    private static ConfigurableApplicationContext bot;
    private static LogCapture logs;

    @BeforeAll
    static void start() {
        telegram = new TelegramFake();
        telegram.ok("setwebhook");
        telegram.sendMessageOk();
        telegram.allowAnything();
        bot = new SpringApplicationBuilder(BotApplication.class).run("--server.port=0", "--bot.telegram.token=" + TelegramFake.TOKEN,
                "--bot.telegram.api-url=" + telegram.url(), "--bot.telegram.webhook-url=https://bot.example.org/telegram/webhook",
                "--bot.telegram.webhook-secret=" + SECRET, "--bot.telegram.per-chat=0ms", "--bot.limits.messages-per-minute=100000");
        logs = new LogCapture();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (logs == null) {
            telegram.close(); // the bot did not start; its own error is the one to read
            return;
        }
        try {
            assertThat(outbox().awaitIdle(Duration.ofSeconds(20))).isTrue();
            assertThat(logs.lines()).noneMatch(line -> line.contains(Fuzz.MARK));
            assertThat(logs.failures()).isEmpty();
        } finally {
            logs.close();
            bot.close();
            telegram.close();
        }
    }

    @Test
    void updateShapedNoiseIsAnsweredCalmly() {
        qt().withExamples(150).withTestingTime(30, TimeUnit.SECONDS).forAll(updates())
                .checkAssert(update -> assertThat(post(update.getBytes(UTF_8))).isIn(CALM));
    }

    @Test
    void anyBytesAreRefusedCalmly() {
        qt().withExamples(100).withTestingTime(20, TimeUnit.SECONDS)
                .forAll(Generate.byteArrays(Generate.range(0, 2000), Generate.range(-128, 127).map(Integer::byteValue)))
                .checkAssert(body -> assertThat(post(body)).isIn(CALM));
    }

    @Test
    void theConversationCarriesOnAfterAnyText() {
        qt().withExamples(30).withTestingTime(30, TimeUnit.SECONDS).forAll(Fuzz.texts(), longs().between(700_000, 799_999))
                .checkAssert((text, chat) -> {
                    assertThat(post(message(chat, text).toString().getBytes(UTF_8))).isEqualTo(200);
                    assertAnswered(() -> assertThat(post(message(chat, "menu").toString().getBytes(UTF_8))).isEqualTo(200));
                });
    }

    @Test
    void hardTextsAreAnsweredLikeAnyOther() {
        List<String> texts = List.of("\u202Eأحتاج مساعدة\u202C", "\u0000\u0007\u001b[31m", "\uD83D\uDE00".repeat(2000), "a".repeat(4000),
                "שלום\u200F עזרה", "\uD83D");
        long chat = 800_000;
        for (String text : texts) {
            long to = ++chat;
            assertAnswered(() -> assertThat(post(message(to, text + " " + Fuzz.MARK).toString().getBytes(UTF_8))).isEqualTo(200));
        }
    }

    @Test
    void invalidUtf8IsReadWithReplacementCharactersAndAnswered() {
        byte[] update = message(800_100, "caf__ " + Fuzz.MARK).toString().getBytes(UTF_8);
        update[new String(update, UTF_8).indexOf("caf__") + 3] = (byte) 0xC3; // a lead byte followed by '_' is not UTF-8
        assertAnswered(() -> assertThat(post(update)).isEqualTo(200));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() {
        assertThat(post(message(800_200, "x".repeat(70_000) + Fuzz.MARK).toString().getBytes(UTF_8))).isEqualTo(413);
    }

    /** Runs {@code sending} and checks that the bot sent at least one more message. */
    private static void assertAnswered(Runnable sending) {
        int before = telegram.requests("sendmessage").size();
        sending.run();
        assertThat(idleWithin(Duration.ofSeconds(10))).isTrue();
        assertThat(telegram.requests("sendmessage").size()).as("answered").isGreaterThan(before);
    }

    /** Updates of every kind with fields missing, of the wrong type, or out of range. */
    private static Gen<String> updates() {
        Gen<Object> values = Generate.oneOf(longs().all().map(Object.class::cast), Fuzz.texts().map(Object.class::cast),
                Generate.constant((Object) null), Generate.pick(List.<Object>of(true, false, 1.5e300, -0.0)));
        Gen<String> kinds = Generate.pick(List.of("message", "edited_message", "callback_query", "channel_post", "my_chat_member", "poll",
                "no_such_kind"));
        Gen<String> fields = Generate.pick(List.of("text", "chat", "from", "message_id", "data", "id", "date", "language_code", "message"));
        return kinds.zip(longs().all(), Fuzz.texts(), lists().of(fields).ofSizeBetween(0, 3), lists().of(values).ofSizeBetween(3, 3),
                TelegramBadInputTest::update);
    }

    private static String update(String kind, long chat, String text, List<String> broken, List<Object> replacements) {
        ObjectNode inner = (ObjectNode) message(chat, text).remove("message");
        ObjectNode update = JSON.createObjectNode().put("update_id", UPDATE_IDS.incrementAndGet());
        if (kind.equals("callback_query")) {
            ObjectNode query = update.putObject(kind).put("id", "q" + chat).put("data", text).put("chat_instance", "c");
            query.set("from", inner.get("from"));
            query.set("message", inner);
        } else {
            update.set(kind, inner);
        }
        for (int i = 0; i < broken.size(); i++) {
            inner.set(broken.get(i), JSON.valueToTree(replacements.get(i)));
        }
        return update.toString();
    }

    private static ObjectNode message(long chat, String text) {
        ObjectNode update = JSON.createObjectNode().put("update_id", UPDATE_IDS.incrementAndGet());
        ObjectNode message = update.putObject("message").put("message_id", 1).put("date", 1764000000).put("text", text);
        message.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "P").put("language_code", "en");
        message.putObject("chat").put("id", chat).put("type", "private");
        return update;
    }

    private static boolean idleWithin(Duration wait) {
        try {
            return outbox().awaitIdle(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static TelegramOutbox outbox() {
        return bot.getBean(TelegramOutbox.class);
    }

    private static int post(byte[] body) {
        int port = ((WebServerApplicationContext) bot).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TelegramSettings.WEBHOOK_PATH))
                .header("Content-Type", "application/json").header(TelegramWebhookController.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("the bot did not answer", e);
        }
    }
}
