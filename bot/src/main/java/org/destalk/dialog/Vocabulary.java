package org.destalk.dialog;

import java.util.List;

/** The fixed words of the dialog language that content can refer to. */
public final class Vocabulary {

    /** Intents the language understanding produces and dialog conditions may name. */
    public static final List<String> INTENTS = List.of("greeting", "check_phone", "safety_plan", "find_help", "danger",
            "remove_spyware", "yes", "no", "dont_know", "menu", "thanks_bye", "other");

    public static final List<String> CHANNELS = List.of("telegram", "sms", "terminal");

    /** Placeholders a message may contain; the engine fills them from the directory. */
    public static final List<String> PLACEHOLDERS = List.of("country", "emergency", "emergency_note", "other_numbers", "helplines",
            "more_helplines", "silent", "bot_name", "language", "code", "number");

    /** Placeholders that expand to directory text, which may name what a lock screen must not show. */
    public static final List<String> DIRECTORY_PLACEHOLDERS = List.of("helplines", "more_helplines", "silent", "other_numbers");

    /** The danger tiers that interrupt a conversation, each naming the node that handles it. */
    public static final List<String> INTERRUPTS = List.of("imminent", "high_risk");

    /** Messages the engine and the channels use on their own; every language must have them. */
    public static final List<String> SYSTEM_MESSAGES = List.of(
            "engine.reprompt", "engine.reprompt_help", "engine.unknown_country", "engine.moved", "engine.unavailable", "engine.handoff_welcome", "engine.clarify", "engine.something_else",
            "engine.language_offer", "engine.yes", "engine.no",
            "sms.reply_hint", "channel.text_only",
            "directory.phone", "directory.text", "directory.send", "directory.whatsapp", "directory.chat", "directory.web",
            "directory.email", "directory.tty", "directory.ussd", "directory.all_day", "directory.free", "directory.off_bill",
            "directory.on_bill", "directory.interpreting", "directory.chat_hours", "directory.no_more", "directory.anywhere", "directory.also",
            "directory.police", "handoff.sms_instructions");

    private Vocabulary() {
    }
}
