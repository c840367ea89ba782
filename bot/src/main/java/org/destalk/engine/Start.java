package org.destalk.engine;

/**
 * How a new conversation begins: on which channel, in which language and country if known (from a
 * hand-off, a Telegram language hint or an SMS number's country code), and optionally at which journey.
 */
public record Start(String channel, String language, String country, String entry) {

    public static Start on(String channel, String language) {
        return new Start(channel, language, null, null);
    }
}
