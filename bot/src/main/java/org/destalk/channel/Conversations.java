package org.destalk.channel;

import java.util.List;

/** The one door from a channel adapter into the bot. Adapters never see the engine or the store. */
public interface Conversations {

    /** Handles one inbound message and says what to send back. Never throws for bad input. */
    Outbound handle(Inbound inbound);

    /** Records ids of messages the bot sent, so that a later quick exit can delete them too. */
    void sent(String channel, String sender, List<String> messageIds);

    /** Whether the person has a conversation in progress (nothing else about it is revealed). */
    boolean inConversation(String channel, String sender);

    /** Texts the channels need on their own, e.g. "I can only read text", in the person's language. */
    String systemText(String key, String language);
}
