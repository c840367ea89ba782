package org.destalk.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Building blocks for talking to the Bot API at a configurable address. */
public final class TelegramApi {

    /** The updates the bot asks for: it needs nothing else, and less arriving means less to guard. */
    public static final List<String> UPDATES = List.of("message", "edited_message", "callback_query");

    private TelegramApi() {
    }

    public static TelegramUrl url(String apiUrl) {
        URI uri = URI.create(apiUrl);
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    /** An HTTP client for Bot API calls; long polling needs a read timeout longer than its 50-second wait. */
    public static OkHttpClient http(Duration readTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(readTimeout)
                .writeTimeout(Duration.ofSeconds(15))
                .retryOnConnectionFailure(false) // retries are decided in one place: Outcome
                .build();
    }

    public static TelegramClient client(TelegramSettings settings, ObjectMapper json) {
        return new DirectTelegramClient(json, http(settings.readTimeout()), settings.token(), url(settings.apiUrl()));
    }

    /** Registers the webhook with its secret; only the updates the bot uses are asked for. */
    public static void registerWebhook(TelegramClient client, TelegramSettings settings) throws TelegramApiException {
        client.execute(SetWebhook.builder()
                .url(settings.webhookUrl())
                .secretToken(webhookSecret(settings))
                .allowedUpdates(UPDATES)
                .dropPendingUpdates(false)
                .build());
    }

    /**
     * The configured secret, or one derived from the bot token: the same for every process that shares
     * the token, unknowable without it. Telegram allows letters, digits, _ and -, up to 256 characters.
     */
    public static String webhookSecret(TelegramSettings settings) {
        if (settings.webhookSecret() != null && !settings.webhookSecret().isBlank()) {
            return settings.webhookSecret();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.token().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("telegram-webhook".getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
