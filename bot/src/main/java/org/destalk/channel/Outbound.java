package org.destalk.channel;

import java.util.List;

/**
 * What to send back, channel-neutral: messages with optional buttons, whether the conversation ended,
 * on quick exit the channel message ids to delete, and the conversation's language (for the few texts a
 * channel adds itself, like "Reply with a number").
 */
public record Outbound(List<Message> messages, Ending ending, List<String> cleanup, String language) {

    public static final Outbound NOTHING = new Outbound(List.of(), Ending.NONE, List.of(), null);

    public enum Ending { NONE, FINISHED, QUICK_EXIT }

    public record Message(String text, List<Button> buttons) {
        @Override
        public String toString() {
            return "Message[" + buttons.size() + " buttons]";
        }
    }

    public record Button(String id, String label) {
    }

    public boolean quickExit() {
        return ending == Ending.QUICK_EXIT;
    }
}
