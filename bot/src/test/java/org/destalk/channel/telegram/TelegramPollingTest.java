package org.destalk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import org.destalk.support.Bots;
import org.destalk.support.Contents;
import org.destalk.support.ScriptedUnderstander;
import org.destalk.support.TelegramFake;
import org.junit.jupiter.api.Test;

/**
 * Long polling against a fake getUpdates: a person walks the find-support journey by typing, and the
 * bot answers through the same adapter as in webhook mode. Closing stops the polling for good.
 */
class TelegramPollingTest {

    @Test
    void aJourneyWorksByLongPollingAndClosingStopsIt() throws Exception {
        try (TelegramFake telegram = new TelegramFake()) {
            telegram.ok("deletewebhook");
            telegram.sendMessageOk();
            List<String> typed = List.of("/start", "3", "Spain", "2");
            String state = Scenario.STARTED;
            for (int i = 0; i < typed.size(); i++) {
                String next = "after-" + i;
                String update = "{\"ok\":true,\"result\":[" + TelegramSession.text(4242, 60 + i, 100 + i, typed.get(i)) + "]}";
                telegram.server.stubFor(TelegramFake.call("getupdates").inScenario("poll").whenScenarioStateIs(state)
                        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(update)).willSetStateTo(next));
                state = next;
            }
            telegram.server.stubFor(TelegramFake.call("getupdates").inScenario("poll").whenScenarioStateIs(state)
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"result\":[]}")));

            TelegramSettings settings = new TelegramSettings(TelegramFake.TOKEN, telegram.url(), null, null, null,
                    Duration.ZERO, 30, Duration.ofMillis(20), 4, Duration.ofSeconds(2));
            Bots bots = new Bots(Contents.shipped(), new ScriptedUnderstander(), Bots.memoryStore());
            try (TelegramOutbox outbox = new TelegramOutbox(TelegramApi.client(settings, new ObjectMapper()), settings)) {
                TelegramPolling polling = new TelegramPolling(settings, new TelegramBot(bots.conversations, outbox, settings), new ObjectMapper());
                waitFor(() -> telegram.requests("sendmessage").size() >= 4);
                polling.close();
                String all = String.join("\n", telegram.bodies("sendmessage").stream().map(body -> body.path("text").asText()).toList());
                assertTrue(all.contains("Here is support in your country (Spain)"), all);
                assertTrue(all.contains("In your country (Spain), call 112"), all);

                int polls = telegram.requests("getupdates").size();
                Thread.sleep(300);
                assertTrue(telegram.requests("getupdates").size() <= polls + 1, "no polling after close");
            }
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }
}
