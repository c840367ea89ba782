package org.destalk.channel.telegram;

import java.util.Locale;
import org.destalk.channel.Inbound;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What an Update means for the bot: a message to converse on, something from a person that is not
 * text (answered with "I can only read text"), or something to ignore (groups, channels, bots, other
 * update types: the bot only talks one to one).
 */
record Incoming(Kind kind, long chatId, Inbound inbound, String callbackQueryId, Integer callbackMessageId, String language) {

    enum Kind { CONVERSE, NOT_TEXT, IGNORE }

    static final String CHANNEL = "telegram";
    private static final Incoming IGNORED = new Incoming(Kind.IGNORE, 0, null, null, null, null);

    static Incoming of(Update update) {
        if (update == null) {
            return IGNORED;
        }
        String delivery = update.getUpdateId() == null ? null : "u" + update.getUpdateId();
        if (update.hasMessage()) {
            return message(update.getMessage(), delivery);
        }
        if (update.hasEditedMessage()) {
            Message edited = update.getEditedMessage();
            Long chat = privateChat(edited);
            return chat != null && fromPerson(edited.getFrom()) ? notText(chat, edited.getFrom()) : IGNORED;
        }
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery(), delivery);
        }
        return IGNORED;
    }

    private static Incoming message(Message message, String delivery) {
        Long chat = privateChat(message);
        if (chat == null || !fromPerson(message.getFrom())) {
            return IGNORED;
        }
        if (!message.hasText()) {
            return notText(chat, message.getFrom());
        }
        String text = message.getText();
        String language = language(message.getFrom());
        Inbound.Kind kind = Inbound.Kind.TEXT;
        String value = text;
        if (text.startsWith("/start ") && text.length() > "/start ".length()) {
            kind = Inbound.Kind.START; // a deep link: t.me/<bot>?start=<code>
            value = text.substring("/start ".length()).trim();
        }
        String messageId = message.getMessageId() == null ? null : String.valueOf(message.getMessageId());
        Inbound inbound = new Inbound(CHANNEL, String.valueOf(chat), kind, value, new Inbound.Hints(language, null), messageId, delivery);
        return new Incoming(Kind.CONVERSE, chat, inbound, null, null, language);
    }

    private static Incoming callback(CallbackQuery query, String delivery) {
        MaybeInaccessibleMessage message = query.getMessage();
        Long chat = privateChat(message);
        if (chat == null || query.getData() == null) {
            return IGNORED;
        }
        String language = language(query.getFrom());
        Inbound inbound = new Inbound(CHANNEL, String.valueOf(chat), Inbound.Kind.CHOICE, query.getData(),
                new Inbound.Hints(language, null), null, delivery);
        return new Incoming(Kind.CONVERSE, chat, inbound, query.getId(), message.getMessageId(), language);
    }

    private static Incoming notText(long chatId, User from) {
        return new Incoming(Kind.NOT_TEXT, chatId, null, null, null, language(from));
    }

    /** The chat id of a one-to-one chat; null for groups, channels and updates with parts missing. */
    private static Long privateChat(MaybeInaccessibleMessage message) {
        Chat chat = message == null ? null : message.getChat();
        return chat == null || chat.getId() == null || !chat.isUserChat() ? null : chat.getId();
    }

    private static boolean fromPerson(User from) {
        return from != null && !Boolean.TRUE.equals(from.getIsBot());
    }

    /** Telegram's language_code ("es", "pt-br", "en-GB") as a two-letter hint. */
    private static String language(User from) {
        String code = from == null ? null : from.getLanguageCode();
        return code == null || code.length() < 2 ? null : code.substring(0, 2).toLowerCase(Locale.ROOT);
    }
}
