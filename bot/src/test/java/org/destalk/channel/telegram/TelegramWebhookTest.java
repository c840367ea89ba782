package org.destalk.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.destalk.app.BotApplication;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.destalk.support.LogCapture;
import org.destalk.support.Repo;
import org.destalk.support.TelegramFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Telegram channel in webhook mode, through the real controller, against a fake Bot API. */
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.telegram.token=" + TelegramFake.TOKEN,
        "bot.telegram.webhook-url=https://bot.example.org/telegram/webhook",
        "bot.telegram.webhook-secret=" + TelegramWebhookTest.SECRET,
        "bot.telegram.per-chat=0ms",
        "bot.telegram.retry-base=10ms"})
class TelegramWebhookTest {

    static final String SECRET = "the-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TelegramFake TELEGRAM = new TelegramFake();
    private static List<JsonNode> registration;

    static {
        TELEGRAM.ok("setwebhook");
    }

    @DynamicPropertySource
    static void telegramApi(DynamicPropertyRegistry registry) {
        registry.add("bot.telegram.api-url", TELEGRAM::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    TelegramOutbox outbox;
    @Autowired
    SessionStore store;
    @Autowired
    SessionKeys keys;

    private final TelegramSession person = new TelegramSession(this::post, TELEGRAM);

    @BeforeEach
    void freshFake() {
        if (registration == null) {
            registration = List.copyOf(TELEGRAM.requests("setwebhook").stream().map(r -> JSON.createObjectNode().put("body", r.getBodyAsString())).map(JsonNode.class::cast).toList());
        }
        TELEGRAM.reset();
    }

    @AfterAll
    static void stopFake() {
        TELEGRAM.close();
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(Repo.root().resolve("bot/src/test/resources/telegram/updates"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachKindOfUpdateGetsTheRightCalls(Path fixture) throws Exception {
        JsonNode table = JSON.readTree(fixture.toFile());
        JsonNode expect = table.path("expect");
        List<String> calls = new ArrayList<>();
        expect.path("calls").forEach(call -> calls.add(call.asText()));
        calls.stream().distinct().forEach(method -> {
            if (method.equals("sendmessage")) {
                TELEGRAM.sendMessageOk();
            } else {
                TELEGRAM.ok(method);
            }
        });

        assertEquals(expect.path("status").asInt(200), post(table.path("update").toString(), SECRET));
        idle();

        assertEquals(calls, TELEGRAM.methods(), table.path("about").asText());
        if (expect.has("textStartsWith")) {
            JsonNode sent = TELEGRAM.bodies("sendmessage").get(0);
            assertTrue(sent.path("text").asText().startsWith(expect.path("textStartsWith").asText()), sent.path("text").asText());
            assertEquals(expect.path("buttons").asInt(), sent.path("reply_markup").path("inline_keyboard").size());
        }
        TELEGRAM.assertEveryStubUsedAndNothingElse();
    }

    @Test
    void theWebhookWasRegisteredWithItsSecretAndOnlyTheUpdatesTheBotUses() {
        assertEquals(1, registration.size());
        String body = registration.get(0).path("body").asText();
        assertTrue(body.contains(SECRET), "secret_token is sent");
        assertTrue(body.contains("https://bot.example.org/telegram/webhook"));
        assertTrue(body.contains("callback_query") && body.contains("edited_message"));
    }

    @Test
    void aForgedRequestIsRefusedAndLeavesNothing() throws Exception {
        String update = "{\"update_id\":6001,\"message\":{\"message_id\":1,\"date\":1,\"text\":\"hello\",\"from\":{\"id\":8001,\"is_bot\":false,\"first_name\":\"X\"},\"chat\":{\"id\":8001,\"type\":\"private\"}}}";
        assertEquals(403, post(update, null));
        assertEquals(403, post(update, "wrong-secret"));
        assertEquals(403, post(update, SECRET + "x"));
        idle();
        assertEquals(List.of(), TELEGRAM.methods());
        assertTrue(store.load(keys.session("telegram", "8001")).isEmpty());
    }

    @Test
    void malformedJsonIsABadRequestNotAnError() throws Exception {
        assertEquals(400, post("{not json", SECRET));
    }

    @Test
    void everyMessageIsSilentProtectedAndWithoutLinkPreviews() throws Exception {
        TELEGRAM.sendMessageOk();
        person.says(8101, "hello");
        idle();
        JsonNode sent = TELEGRAM.bodies("sendmessage").get(0);
        assertTrue(sent.path("disable_notification").asBoolean());
        assertTrue(sent.path("protect_content").asBoolean());
        assertTrue(sent.path("link_preview_options").path("is_disabled").asBoolean());
        String firstLine = sent.path("text").asText().lines().findFirst().orElseThrow().toLowerCase();
        for (String word : List.of("stalkerware", "abuse", "violence")) {
            assertFalse(firstLine.contains(word), firstLine);
        }
    }

    @Test
    void aRedeliveredUpdateIsAnsweredOnce() throws Exception {
        TELEGRAM.sendMessageOk();
        String update = TelegramSession.text(8201, 31, 7777, "hello");
        assertEquals(200, post(update, SECRET));
        assertEquals(200, post(update, SECRET));
        idle();
        assertEquals(1, TELEGRAM.requests("sendmessage").size());
    }

    @Test
    void quickExitDeletesEveryMessageOfTheConversationAndForgetsIt() throws Exception {
        TELEGRAM.sendMessageOk();
        TELEGRAM.ok("answercallbackquery");
        TELEGRAM.ok("editmessagereplymarkup");
        TELEGRAM.ok("deletemessages");
        person.says(8301, "/start");                 // person's message 1, bot's 1001
        idle();
        person.taps(8301, 0);                        // bot's 1002
        idle();
        person.says(8301, "SALIR");                  // person's message 3
        idle();
        JsonNode deleted = TELEGRAM.bodies("deletemessages").get(0);
        List<Integer> ids = new ArrayList<>();
        deleted.path("message_ids").forEach(id -> ids.add(id.asInt()));
        assertEquals(List.of(person.messageId(0), 1001, 1002, person.messageId(1)), ids);
        assertEquals(2, TELEGRAM.requests("sendmessage").size(), "nothing is sent after the exit");
        assertTrue(store.load(keys.session("telegram", "8301")).isEmpty());
        TELEGRAM.assertEveryStubUsedAndNothingElse();
    }

    @Test
    void whenTheBatchDeleteIsRefusedEachMessageIsDeletedOnItsOwn() throws Exception {
        TELEGRAM.sendMessageOk();
        TELEGRAM.error("deletemessages", 400, null);
        TELEGRAM.ok("deletemessage");
        person.says(8401, "/start");
        idle();
        person.says(8401, "exit");
        idle();
        List<Integer> ids = TELEGRAM.bodies("deletemessage").stream().map(body -> body.path("message_id").asInt()).toList();
        assertEquals(List.of(person.messageId(0), 1001, person.messageId(1)), ids);
    }

    @Test
    void theThreeJourneysCanBeWalkedWithButtons() throws Exception {
        TELEGRAM.sendMessageOk();
        TELEGRAM.ok("answercallbackquery");
        TELEGRAM.ok("editmessagereplymarkup");
        assertTrue(person.walk(8501, List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).contains("Thank you for going through this."));
        assertTrue(person.walk(8502, List.of(1, 0, 0, 0, 0, 0, 0, 0, 0, 0)).contains("How this chat works:"));
        String help = person.walkThenSay(8503, List.of(2), "Ireland");
        assertTrue(help.contains("Women's Aid"), help);
    }

    @Test
    void nothingPrivateReachesTheLogsEvenWhenTelegramFails() throws Exception {
        TELEGRAM.error("sendmessage", 500, null);
        TELEGRAM.ok("deletemessages");
        try (LogCapture logs = new LogCapture()) {
            person.says(8601, "my husband Kevin reads my messages");
            idle();
            person.says(8601, "exit");
            idle();
            for (String line : logs.lines()) {
                for (String secret : List.of("Kevin", "8601", TelegramFake.TOKEN, "TEST-TOKEN", SECRET)) {
                    assertFalse(line.contains(secret), "a log line contains '" + secret + "': " + line);
                }
            }
            assertTrue(logs.lines().stream().anyMatch(line -> line.contains("given up")), "the failure itself is logged");
        }
    }

    private int post(String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TelegramSettings.WEBHOOK_PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void idle() throws InterruptedException {
        assertTrue(outbox.awaitIdle(Duration.ofSeconds(10)));
    }
}
