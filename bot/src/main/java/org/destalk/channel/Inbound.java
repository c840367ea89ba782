package org.destalk.channel;

/**
 * A message from a person, as every channel adapter hands it over. {@code sender} and {@code value}
 * are used for this turn only: never stored, never logged, never put in an exception.
 *
 * @param sender     the channel's identity of the person (chat id, phone number); hashed before storage
 * @param value      the text typed, the id of the button tapped, or the hand-off code of a start link
 * @param messageId  the channel's id of this message, kept only so quick exit can delete it (may be null)
 * @param deliveryId the channel's id of this delivery, to handle a redelivery once (may be null)
 */
public record Inbound(String channel, String sender, Kind kind, String value, Hints hints, String messageId,
                      String deliveryId) {

    public enum Kind {
        /** Free text, including commands like /exit. */
        TEXT,
        /** A tapped button or a chosen option id. */
        CHOICE,
        /** A start link with a payload (a hand-off code). */
        START
    }

    /** What the channel suggests about the person, used only for a new conversation. */
    public record Hints(String language, String country) {
        public static final Hints NONE = new Hints(null, null);
    }

    public static Inbound text(String channel, String sender, String text) {
        return new Inbound(channel, sender, Kind.TEXT, text, Hints.NONE, null, null);
    }

    @Override
    public String toString() {
        return "Inbound[" + channel + ", " + kind + "]"; // never the sender or the text
    }
}
