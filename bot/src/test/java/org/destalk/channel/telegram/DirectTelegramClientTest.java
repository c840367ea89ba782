package org.destalk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.destalk.support.TelegramFake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The failures of a Bot API call carry the method's name only: the URL holds the bot token, and the
 * request the person's chat id and words, none of which may reach a log through an exception.
 */
class DirectTelegramClientTest {

    private static final long CHAT = 987_654_321L;
    private static final String WORDS = "he reads my messages QZXMARK";

    private final TelegramFake telegram = new TelegramFake();
    private final TelegramSettings settings = new TelegramSettings(TelegramFake.TOKEN, telegram.url(), null, null, null,
            Duration.ZERO, 30, Duration.ofMillis(20), 1, Duration.ofMillis(400));
    private final TelegramClient client = TelegramApi.client(settings, new ObjectMapper());

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void noFailureNamesTheTokenTheChatOrTheWords() {
        Map<String, ResponseDefinitionBuilder> faults = Map.of(
                "reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                "garbage", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                "timeout", aResponse().withFixedDelay(1500).withBody("{}"),
                "not json", aResponse().withStatus(502).withBody("<html>Bad gateway for chat " + CHAT + "</html>"),
                "refused", aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}"));
        faults.forEach((name, fault) -> {
            telegram.server.resetAll();
            telegram.server.stubFor(TelegramFake.call("sendmessage").willReturn(fault));
            TelegramApiException failure = assertThrows(TelegramApiException.class,
                    () -> client.execute(TelegramReplies.message(CHAT, WORDS, List.of())), name);
            String everything = stackTrace(failure);
            for (String secret : List.of(TelegramFake.TOKEN, "TEST-TOKEN", String.valueOf(CHAT), "QZXMARK")) {
                assertFalse(everything.contains(secret), name + " exposes " + secret + ":\n" + everything);
            }
        });
    }

    @Test
    void telegramsAnswerIsReadByTheMethodItself() throws Exception {
        telegram.sendMessageOk();
        assertEquals(1001, client.execute(TelegramReplies.message(CHAT, WORDS, List.of())).getMessageId());
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
