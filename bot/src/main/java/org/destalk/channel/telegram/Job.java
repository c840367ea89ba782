package org.destalk.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessages;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** One Bot API call for one chat, run in order with that chat's other calls. */
abstract class Job {

    int attempts;

    /** Whether running it twice is harmless (sending a message is not). */
    abstract boolean idempotent();

    /** Whether it counts against Telegram's message limits. */
    boolean paced() {
        return false;
    }

    abstract void run(TelegramClient client, Lane lane) throws TelegramApiException;

    /** Sends a message; reports its id so that a quick exit can delete it later. */
    static Job send(SendMessage message, Consumer<Integer> onSent) {
        return new Job() {
            boolean idempotent() {
                return false;
            }

            @Override
            boolean paced() {
                return true;
            }

            void run(TelegramClient client, Lane lane) throws TelegramApiException {
                Message sent = client.execute(message);
                lane.sent(sent.getMessageId());
                onSent.accept(sent.getMessageId());
            }
        };
    }

    /** Stops the spinner on a tapped button. */
    static Job answer(String callbackQueryId) {
        return new Job() {
            boolean idempotent() {
                return true;
            }

            void run(TelegramClient client, Lane lane) throws TelegramApiException {
                client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
            }
        };
    }

    /** Removes the buttons of a message, so that an answered question cannot be answered twice. */
    static Job clearKeyboard(long chatId, int messageId) {
        return new Job() {
            boolean idempotent() {
                return true;
            }

            void run(TelegramClient client, Lane lane) throws TelegramApiException {
                client.execute(EditMessageReplyMarkup.builder().chatId(chatId).messageId(messageId).build());
            }
        };
    }

    /**
     * Deletes the conversation's messages: the ids the session kept plus any this process sent since,
     * in batches of up to 100, falling back to one by one where a batch is refused.
     */
    static Job deleteAll(long chatId, List<Integer> kept) {
        return new Job() {
            boolean idempotent() {
                return true;
            }

            void run(TelegramClient client, Lane lane) throws TelegramApiException {
                List<Integer> ids = new ArrayList<>(kept);
                lane.drainSent().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
                for (int from = 0; from < ids.size(); from += 100) {
                    List<Integer> batch = ids.subList(from, Math.min(ids.size(), from + 100));
                    try {
                        client.execute(DeleteMessages.builder().chatId(chatId).messageIds(batch).build());
                    } catch (TelegramApiException refused) {
                        if (Outcome.of(refused).kind() != Outcome.Kind.REFUSED) {
                            throw refused;
                        }
                        deleteOneByOne(client, chatId, batch);
                    }
                }
            }
        };
    }

    private static void deleteOneByOne(TelegramClient client, long chatId, List<Integer> ids) {
        for (Integer id : ids) {
            try {
                client.execute(DeleteMessage.builder().chatId(chatId).messageId(id).build());
            } catch (TelegramApiException gone) {
                // too old (48 hours) or already gone: nothing more can be done for this one
            }
        }
    }
}
