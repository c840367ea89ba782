package org.destalk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.destalk.support.TelegramFake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults of the Bot API: 429 with retry_after, 5xx, timeouts, resets. Exactly one answer, never two. */
class TelegramOutboxTest {

    private final TelegramFake telegram = new TelegramFake();
    private final TelegramSettings settings = new TelegramSettings(TelegramFake.TOKEN, telegram.url(), null, null, null,
            Duration.ZERO, 30, Duration.ofMillis(20), 4, Duration.ofMillis(400));
    private final TelegramOutbox outbox = new TelegramOutbox(TelegramApi.client(settings, new ObjectMapper()), settings);
    private final List<Integer> delivered = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        outbox.close();
        telegram.close();
    }

    private void send(long chat, String text) {
        outbox.enqueue(chat, Job.send(TelegramReplies.message(chat, text, List.of()), delivered::add));
    }

    private void idle() throws InterruptedException {
        assertTrue(outbox.awaitIdle(Duration.ofSeconds(10)));
    }

    @Test
    void tooManyRequestsWaitsRetryAfterThenSendsOnce() throws Exception {
        telegram.server.stubFor(TelegramFake.call("sendmessage").inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}"))
                .willSetStateTo("open"));
        telegram.server.stubFor(TelegramFake.call("sendmessage").inScenario("429").whenScenarioStateIs("open")
                .willReturn(aResponse().withTransformers("telegram-message-ids")));
        long started = System.nanoTime();
        send(1, "hello");
        idle();
        assertEquals(2, telegram.requests("sendmessage").size());
        assertEquals(List.of(1001), delivered);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 1000, "retry_after was obeyed");
    }

    @Test
    void aServerErrorIsRetriedWithBackoffAndSentOnce() throws Exception {
        telegram.server.stubFor(TelegramFake.call("sendmessage").inScenario("500").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}"))
                .willSetStateTo("recovered"));
        telegram.server.stubFor(TelegramFake.call("sendmessage").inScenario("500").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withTransformers("telegram-message-ids")));
        send(1, "hello");
        idle();
        assertEquals(2, telegram.requests("sendmessage").size());
        assertEquals(List.of(1001), delivered);
    }

    @Test
    void aSendWhoseAnswerTimesOutIsNotRepeatedBecauseItMayHaveArrived() throws Exception {
        telegram.server.stubFor(TelegramFake.call("sendmessage").willReturn(aResponse().withFixedDelay(1500).withBody("{}")));
        send(1, "hello");
        idle();
        assertEquals(1, telegram.requests("sendmessage").size());
        assertEquals(List.of(), delivered);
    }

    @Test
    void aDeleteWhoseConnectionIsResetIsRepeatedBecauseThatIsHarmless() throws Exception {
        telegram.server.stubFor(TelegramFake.call("deletemessages").inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("fine"));
        telegram.server.stubFor(TelegramFake.call("deletemessages").inScenario("reset").whenScenarioStateIs("fine")
                .willReturn(aResponse().withBody("{\"ok\":true,\"result\":true}")));
        outbox.wipe(1, List.of(5, 6), null);
        idle();
        assertEquals(2, telegram.requests("deletemessages").size());
    }

    @Test
    void aRefusalIsNotRetried() throws Exception {
        telegram.error("sendmessage", 403, null);
        send(1, "hello");
        idle();
        assertEquals(1, telegram.requests("sendmessage").size());
    }

    @Test
    void messagesToOneChatKeepTheirOrder() throws Exception {
        telegram.sendMessageOk();
        for (int i = 0; i < 20; i++) {
            send(7, "message " + i);
        }
        idle();
        List<String> texts = telegram.bodies("sendmessage").stream().map(body -> body.path("text").asText()).toList();
        for (int i = 0; i < 20; i++) {
            assertEquals("message " + i, texts.get(i));
        }
    }

    @Test
    void oneChatIsPacedWhileOthersAreNot() throws Exception {
        TelegramSettings paced = new TelegramSettings(TelegramFake.TOKEN, telegram.url(), null, null, null,
                Duration.ofMillis(300), 30, Duration.ofMillis(20), 4, Duration.ofSeconds(2));
        try (TelegramOutbox slow = new TelegramOutbox(TelegramApi.client(paced, new ObjectMapper()), paced)) {
            telegram.sendMessageOk();
            long started = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                slow.enqueue(9, Job.send(TelegramReplies.message(9, "m" + i, List.of()), id -> { }));
            }
            assertTrue(slow.awaitIdle(Duration.ofSeconds(10)));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 600, "three messages to one chat take two intervals");
        }
    }
}
