package org.destalk.channel;

import java.time.Duration;

/**
 * Small facts about a sender that a channel must remember outside any conversation (an SMS opt-out, a
 * recent quick exit), stored under an unreadable key like everything else, never under the identity.
 */
public interface Marks {

    void set(String kind, String channel, String sender, Duration ttl);

    boolean has(String kind, String channel, String sender);

    void clear(String kind, String channel, String sender);
}
