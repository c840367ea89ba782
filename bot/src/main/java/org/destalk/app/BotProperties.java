package org.destalk.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Everything under {@code bot.} in config/application.yml. Secrets come only from environment
 * variables referenced there.
 */
@ConfigurationProperties("bot")
public record BotProperties(String name, Paths paths, SessionSettings session, Limits limits) {

    public BotProperties {
        name = name == null || name.isBlank() ? Parts.DEFAULT_BOT_NAME : name;
        paths = paths == null ? new Paths(null, null) : paths;
        session = session == null ? new SessionSettings(null, null, null, 0) : session;
        limits = limits == null ? new Limits(0, null, null, null) : limits;
    }

    /** Where content and language data live; relative paths are tried from the working folder and its parent. */
    public record Paths(String dialogs, String nlpModels) {
        public Paths {
            dialogs = dialogs == null ? "dialogs" : dialogs;
            nlpModels = nlpModels == null ? "nlp-models" : nlpModels;
        }
    }

    /**
     * @param store      memory (one process) or redis
     * @param idle       how long an idle conversation is kept
     * @param keySecret  the HMAC secret for session keys; random per process when empty
     */
    public record SessionSettings(String store, Duration idle, String keySecret, int maxSessions) {
        public SessionSettings {
            store = store == null ? "memory" : store;
            idle = idle == null ? Duration.ofMinutes(30) : idle;
            maxSessions = maxSessions <= 0 ? 200_000 : maxSessions;
        }
    }

    /**
     * @param messagesPerMinute per sender; more are ignored until the minute is over
     * @param deliveryMemory    how long a redelivered update or message is recognised
     * @param maxBody           the largest request body accepted; webhook bodies are a few kilobytes
     * @param maxAdminBody      the largest body the admin API accepts (dialog files to check)
     */
    public record Limits(int messagesPerMinute, Duration deliveryMemory, DataSize maxBody, DataSize maxAdminBody) {
        public Limits {
            messagesPerMinute = messagesPerMinute <= 0 ? 30 : messagesPerMinute;
            deliveryMemory = deliveryMemory == null ? Duration.ofHours(25) : deliveryMemory;
            maxBody = maxBody == null ? DataSize.ofKilobytes(64) : maxBody;
            maxAdminBody = maxAdminBody == null ? DataSize.ofMegabytes(2) : maxAdminBody;
        }
    }
}
