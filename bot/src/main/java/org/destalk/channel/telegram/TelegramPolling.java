package org.destalk.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling, for running without a public URL (a laptop, a test). Updates are handled one after
 * another on the polling thread; each turn takes milliseconds and sending is queued. Its executor is
 * our own, so that closing stops the polling thread for good.
 */
public final class TelegramPolling implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramPolling.class);
    /** getUpdates waits up to 50 seconds for news, so reads must wait longer. */
    private static final Duration POLL_READ_TIMEOUT = Duration.ofSeconds(75);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telegram-polling");
        thread.setDaemon(true);
        return thread;
    });
    private final TelegramBotsLongPollingApplication application;

    public TelegramPolling(TelegramSettings settings, TelegramBot bot, ObjectMapper json) throws TelegramApiException {
        this.application = new TelegramBotsLongPollingApplication(() -> json, () -> TelegramApi.http(POLL_READ_TIMEOUT), () -> executor);
        application.registerBot(settings.token(), () -> TelegramApi.url(settings.apiUrl()),
                new DefaultGetUpdatesGenerator(TelegramApi.UPDATES), updates -> updates.forEach(update -> {
                    try {
                        waitForRoom(bot);
                        bot.handle(update);
                    } catch (RuntimeException unexpected) {
                        LOG.error("Telegram update could not be handled ({})", unexpected.getClass().getSimpleName());
                    }
                }));
    }

    /** In a surge, stop taking updates until replies drain; Telegram keeps them meanwhile. */
    private static void waitForRoom(TelegramBot bot) {
        try {
            while (bot.busy()) {
                Thread.sleep(100);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            application.close();
        } catch (Exception e) {
            LOG.warn("Long polling did not stop cleanly ({})", e.getClass().getSimpleName());
        } finally {
            executor.shutdownNow();
        }
    }
}
