package org.destalk.channel.telegram;

import java.time.Duration;

/**
 * How the Telegram channel runs. With only a token it long-polls; with a webhook URL too it registers
 * the webhook (with a secret token) and serves POST /telegram/webhook.
 *
 * @param apiUrl        the Bot API base URL (scheme, host, port): Telegram's, a local Bot API server or a test fake
 * @param webhookSecret compared with X-Telegram-Bot-Api-Secret-Token; derived from the token when empty
 * @param coverReply    a neutral text sent after a quick exit has cleaned the chat; empty sends nothing
 * @param perChat       the least time between two messages to one chat (Telegram: about one a second)
 * @param perSecond     messages a second across all chats (Telegram: about thirty)
 * @param retryBase     the first backoff after a failure, doubled on each further one
 * @param attempts      how many times one call is tried before giving up
 * @param readTimeout   how long to wait for the Bot API's answer; after that a send's fate is unknown
 */
public record TelegramSettings(String token, String apiUrl, String webhookUrl, String webhookSecret, String coverReply,
                               Duration perChat, int perSecond, Duration retryBase, int attempts, Duration readTimeout) {

    public static final String WEBHOOK_PATH = "/telegram/webhook";

    public boolean webhookMode() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }
}
