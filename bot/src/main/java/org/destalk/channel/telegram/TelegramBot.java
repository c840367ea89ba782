package org.destalk.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import org.destalk.channel.Conversations;
import org.destalk.channel.Outbound;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The Telegram adapter: the same for webhook and long polling. Runs the turn at once and queues what
 * to send, so that Telegram gets its answer within milliseconds.
 */
public final class TelegramBot {

    private final Conversations conversations;
    private final TelegramOutbox outbox;
    private final TelegramSettings settings;

    public TelegramBot(Conversations conversations, TelegramOutbox outbox, TelegramSettings settings) {
        this.conversations = conversations;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Whether replies are piling up faster than Telegram takes them: new updates should wait. */
    public boolean busy() {
        return outbox.full();
    }

    public void handle(Update update) {
        Incoming incoming = Incoming.of(update);
        switch (incoming.kind()) {
            case IGNORE -> {
            }
            case NOT_TEXT -> send(incoming.chatId(), List.of(new Outbound.Message(
                    conversations.systemText("channel.text_only", incoming.language()), List.of())));
            case CONVERSE -> converse(incoming);
        }
    }

    private void converse(Incoming incoming) {
        long chatId = incoming.chatId();
        if (incoming.callbackQueryId() != null) {
            outbox.enqueue(chatId, Job.answer(incoming.callbackQueryId()));
            if (incoming.callbackMessageId() != null) {
                outbox.enqueue(chatId, Job.clearKeyboard(chatId, incoming.callbackMessageId()));
            }
        }
        Outbound outbound = conversations.handle(incoming.inbound());
        if (outbound.quickExit()) {
            outbox.wipe(chatId, ids(outbound.cleanup()), coverReply(chatId));
        } else {
            send(chatId, outbound.messages());
        }
    }

    private void send(long chatId, List<Outbound.Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        String sender = String.valueOf(chatId);
        for (SendMessage message : TelegramReplies.of(chatId, messages)) {
            outbox.enqueue(chatId, Job.send(message, id -> conversations.sent(Incoming.CHANNEL, sender, List.of(String.valueOf(id)))));
        }
    }

    private Job coverReply(long chatId) {
        String cover = settings.coverReply();
        return cover == null || cover.isBlank() ? null
                : Job.send(TelegramReplies.message(chatId, cover, List.of()), id -> { });
    }

    private static List<Integer> ids(List<String> trail) {
        List<Integer> ids = new ArrayList<>();
        for (String id : trail) {
            try {
                ids.add(Integer.valueOf(id));
            } catch (NumberFormatException notOurs) {
                // ids of other channels never reach here; ignore anything unexpected
            }
        }
        return ids;
    }
}
