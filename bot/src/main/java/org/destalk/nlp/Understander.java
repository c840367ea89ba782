package org.destalk.nlp;

/** Reads free text: language, intent and danger, in one call. Implementations must be thread-safe. */
public interface Understander {

    /**
     * @param currentLanguage the conversation's language, a prior for short texts (may be null)
     * @param hintLanguage    the channel's language hint, e.g. Telegram's language_code (may be null)
     * @param hintCountry     the country the channel suggests, e.g. from an SMS number (may be null)
     */
    Reading read(String text, String currentLanguage, String hintLanguage, String hintCountry);

    /** Understands nothing: only buttons, numbers, labels and commands work. */
    Understander NONE = (text, current, language, country) -> Reading.NOTHING;
}
