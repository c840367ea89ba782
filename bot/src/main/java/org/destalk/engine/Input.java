package org.destalk.engine;

/**
 * One thing the person did: tapped a choice (its id) or typed text (with what NLP understood of it).
 * The text is used for this turn only and never stored.
 */
public record Input(String channel, Kind kind, String value, Understanding understanding) {

    public enum Kind { CHOICE, TEXT }

    public static Input text(String channel, String text, Understanding understanding) {
        return new Input(channel, Kind.TEXT, text, understanding == null ? Understanding.NOTHING : understanding);
    }

    public static Input choice(String channel, String choiceId) {
        return new Input(channel, Kind.CHOICE, choiceId, Understanding.NOTHING);
    }
}
