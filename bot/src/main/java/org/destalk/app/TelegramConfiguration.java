package org.destalk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.destalk.channel.Conversations;
import org.destalk.channel.telegram.TelegramApi;
import org.destalk.channel.telegram.TelegramBot;
import org.destalk.channel.telegram.TelegramOutbox;
import org.destalk.channel.telegram.TelegramPolling;
import org.destalk.channel.telegram.TelegramSettings;
import org.destalk.channel.telegram.TelegramWebhookController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram channel, when a bot token is configured: webhook mode with a webhook URL, long polling
 * without one. The Jackson 2 mapper stays private to the channel: Spring MVC speaks Jackson 3.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${bot.telegram.token:}' != ''")
class TelegramConfiguration {

    private final ObjectMapper json = new ObjectMapper();

    @Bean
    TelegramSettings telegramSettings(@Value("${bot.telegram.token}") String token,
                                      @Value("${bot.telegram.api-url:https://api.telegram.org}") String apiUrl,
                                      @Value("${bot.telegram.webhook-url:}") String webhookUrl,
                                      @Value("${bot.telegram.webhook-secret:}") String webhookSecret,
                                      @Value("${bot.telegram.cover-reply:}") String coverReply,
                                      @Value("${bot.telegram.per-chat:1s}") Duration perChat,
                                      @Value("${bot.telegram.per-second:30}") int perSecond,
                                      @Value("${bot.telegram.retry-base:500ms}") Duration retryBase,
                                      @Value("${bot.telegram.attempts:5}") int attempts,
                                      @Value("${bot.telegram.read-timeout:15s}") Duration readTimeout) {
        return new TelegramSettings(token, apiUrl, webhookUrl, webhookSecret, coverReply, perChat, perSecond, retryBase, attempts,
                readTimeout);
    }

    @Bean
    TelegramClient telegramClient(TelegramSettings settings) {
        return TelegramApi.client(settings, json);
    }

    @Bean(destroyMethod = "close")
    TelegramOutbox telegramOutbox(TelegramClient client, TelegramSettings settings,
                                  @Value("${bot.telegram.max-queued:" + TelegramOutbox.DEFAULT_MAX_QUEUED + "}") int maxQueued) {
        return new TelegramOutbox(client, settings, maxQueued);
    }

    @Bean
    TelegramBot telegramBot(Conversations conversations, TelegramOutbox outbox, TelegramSettings settings) {
        return new TelegramBot(conversations, outbox, settings);
    }

    @Bean
    @ConditionalOnExpression("'${bot.telegram.webhook-url:}' != ''")
    TelegramWebhookController telegramWebhook(TelegramBot bot, TelegramSettings settings, TelegramClient client) throws TelegramApiException {
        TelegramApi.registerWebhook(client, settings);
        return new TelegramWebhookController(bot, TelegramApi.webhookSecret(settings), json);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${bot.telegram.webhook-url:}' == ''")
    TelegramPolling telegramPolling(TelegramSettings settings, TelegramBot bot) throws TelegramApiException {
        return new TelegramPolling(settings, bot, json);
    }
}
