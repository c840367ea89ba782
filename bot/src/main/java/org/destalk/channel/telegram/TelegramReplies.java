package org.destalk.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import org.destalk.channel.Outbound;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns a turn's messages into Telegram messages: joined into as few as fit (fewer notifications, and
 * one message a second per chat is Telegram's pace), buttons on the last, always silent, protected
 * from forwarding, plain text, and without link previews that would show a site's title in the chat.
 */
final class TelegramReplies {

    static final int MAX_LENGTH = 4096;

    private TelegramReplies() {
    }

    static List<SendMessage> of(long chatId, List<Outbound.Message> messages) {
        List<SendMessage> sends = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < messages.size(); i++) {
            Outbound.Message message = messages.get(i);
            if (text.length() > 0 && text.length() + 2 + message.text().length() > MAX_LENGTH) {
                sends.add(message(chatId, text.toString(), List.of()));
                text.setLength(0);
            }
            text.append(text.length() == 0 ? "" : "\n\n").append(message.text());
            if (i == messages.size() - 1) {
                sends.add(message(chatId, text.toString(), message.buttons()));
            }
        }
        return sends;
    }

    static SendMessage message(long chatId, String text, List<Outbound.Button> buttons) {
        String bounded = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        SendMessage.SendMessageBuilder<?, ?> builder = SendMessage.builder()
                .chatId(chatId)
                .text(bounded)
                .disableNotification(true)
                .protectContent(true)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (!buttons.isEmpty()) {
            List<InlineKeyboardRow> rows = new ArrayList<>();
            for (Outbound.Button button : buttons) {
                rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(button.label()).callbackData(button.id()).build()));
            }
            builder.replyMarkup(InlineKeyboardMarkup.builder().keyboard(rows).build());
        }
        return builder.build();
    }
}
