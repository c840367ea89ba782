package org.destalk.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * POST /telegram/webhook. Refuses (403) any request without the secret token Telegram was given, compared
 * in constant time; parses the body with Jackson 2, which the TelegramBots types are written for.
 */
@RestController
public final class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhookController.class);

    private final TelegramBot bot;
    private final byte[] secret;
    private final ObjectMapper json;

    public TelegramWebhookController(TelegramBot bot, String secret, ObjectMapper json) {
        this.bot = bot;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @PostMapping(TelegramSettings.WEBHOOK_PATH)
    public ResponseEntity<Void> receive(@RequestHeader(value = SECRET_HEADER, required = false) String token,
                                        @RequestBody(required = false) String body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(403).build();
        }
        if (bot.busy()) {
            // Not read, not stored: Telegram delivers it again later, so nothing is lost in a surge.
            return ResponseEntity.status(503).header("Retry-After", "5").build();
        }
        Update update;
        try {
            update = json.readValue(body == null ? "" : body, Update.class);
        } catch (JsonProcessingException malformed) {
            return ResponseEntity.badRequest().build();
        }
        try {
            bot.handle(update);
        } catch (RuntimeException unexpected) {
            // Telegram would redeliver on an error; one failed update must not block the others.
            LOG.error("Telegram update could not be handled ({})", unexpected.getClass().getSimpleName());
        }
        return ResponseEntity.ok().build();
    }
}
