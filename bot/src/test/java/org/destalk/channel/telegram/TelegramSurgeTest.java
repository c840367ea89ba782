package org.destalk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.destalk.app.BotApplication;
import org.destalk.support.TelegramFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A surge larger than Telegram takes: once the outbox is full, updates are refused with 503 and not
 * read at all, so Telegram keeps and redelivers them; once it drains, they are answered as usual.
 */
class TelegramSurgeTest {

    private static final String SECRET = "surge-webhook-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TelegramFake telegram;
    private static ConfigurableApplicationContext bot;

    @BeforeAll
    static void start() {
        telegram = new TelegramFake();
        telegram.ok("setwebhook");
        // Telegram answering slowly: each reply takes a second, so replies queue up.
        telegram.server.stubFor(TelegramFake.call("sendmessage").willReturn(aResponse().withFixedDelay(1000)
                .withBody("{\"ok\":true,\"result\":{\"message_id\":5,\"date\":1764000000,\"chat\":{\"id\":1,\"type\":\"private\"}}}")));
        bot = new SpringApplicationBuilder(BotApplication.class).run("--server.port=0", "--bot.telegram.token=" + TelegramFake.TOKEN,
                "--bot.telegram.api-url=" + telegram.url(), "--bot.telegram.webhook-url=https://bot.example.org/telegram/webhook",
                "--bot.telegram.webhook-secret=" + SECRET, "--bot.telegram.per-chat=0ms", "--bot.telegram.max-queued=2");
    }

    @AfterAll
    static void stop() {
        bot.close();
        telegram.close();
    }

    @Test
    void aFullOutboxRefusesUpdatesUntilItDrains() throws Exception {
        assertThat(post(1, 9001, "hi").statusCode()).isEqualTo(200);
        assertThat(post(2, 9002, "hi").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = post(3, 9003, "hi");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("5");

        assertThat(bot.getBean(TelegramOutbox.class).awaitIdle(Duration.ofSeconds(10))).isTrue();
        int sent = telegram.requests("sendmessage").size();
        assertThat(sent).as("only the accepted updates were answered").isEqualTo(2);
        assertThat(post(3, 9003, "hi").statusCode()).as("the redelivery").isEqualTo(200);
        assertThat(bot.getBean(TelegramOutbox.class).awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(telegram.requests("sendmessage")).hasSize(3);
    }

    private static HttpResponse<String> post(int updateId, long chat, String text) throws Exception {
        String update = "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1764000000,\"text\":\"" + text
                + "\",\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"P\",\"language_code\":\"en\"},"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"}}}";
        int port = ((WebServerApplicationContext) bot).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TelegramSettings.WEBHOOK_PATH))
                .header("Content-Type", "application/json").header(TelegramWebhookController.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
