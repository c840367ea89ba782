package org.destalk.channel.telegram;

import java.util.Locale;
import org.destalk.channel.Inbound;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
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
            return fromPerson(edited.getFrom(), edited.isUserMessage()) ? notText(edited.getChatId(), edited.getFrom()) : IGNORED;
        }
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery(), delivery);
        }
        return IGNORED;
    }

    private static Incoming message(Message message, String delivery) {
        if (!fromPerson(message.getFrom(), message.isUserMessage())) {
            return IGNORED;
        }
        if (!message.hasText()) {
            return notText(message.getChatId(), message.getFrom());
        }
        String text = message.getText();
        String language = language(message.getFrom());
        Inbound.Kind kind = Inbound.Kind.TEXT;
        String value = text;
        if (text.startsWith("/start ") && text.length() > "/start ".length()) {
            kind = Inbound.Kind.START; // a deep link: t.me/<bot>?start=<code>
            value = text.substring("/start ".length()).trim();
        }
        Inbound inbound = new Inbound(CHANNEL, String.valueOf(message.getChatId()), kind, value, new Inbound.Hints(language, null),
                String.valueOf(message.getMessageId()), delivery);
        return new Incoming(Kind.CONVERSE, message.getChatId(), inbound, null, null, language);
    }

    private static Incoming callback(CallbackQuery query, String delivery) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || message.getChatId() == null || !message.isUserMessage() || query.getData() == null) {
            return IGNORED;
        }
        String language = language(query.getFrom());
        Inbound inbound = new Inbound(CHANNEL, String.valueOf(message.getChatId()), Inbound.Kind.CHOICE, query.getData(),
                new Inbound.Hints(language, null), null, delivery);
        return new Incoming(Kind.CONVERSE, message.getChatId(), inbound, query.getId(), message.getMessageId(), language);
    }

    private static Incoming notText(long chatId, User from) {
        return new Incoming(Kind.NOT_TEXT, chatId, null, null, null, language(from));
    }

    private static boolean fromPerson(User from, boolean privateChat) {
        return privateChat && from != null && !Boolean.TRUE.equals(from.getIsBot());
    }

    /** Telegram's language_code ("es", "pt-br", "en-GB") as a two-letter hint. */
    private static String language(User from) {
        String code = from == null ? null : from.getLanguageCode();
        return code == null || code.length() < 2 ? null : code.substring(0, 2).toLowerCase(Locale.ROOT);
    }
}
