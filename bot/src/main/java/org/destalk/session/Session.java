package org.destalk.session;

import java.util.ArrayList;
import java.util.List;
import org.destalk.engine.State;

/**
 * What is stored for one conversation: the engine's state and the channel message ids needed to clean
 * the conversation up on quick exit (Telegram message ids, Twilio message SIDs). Nothing else.
 */
public record Session(State state, List<String> trail) {

    /** Telegram can delete messages for 48 hours; a session idles out long before, so this bounds memory only. */
    public static final int MAX_TRAIL = 200;

    public Session {
        trail = List.copyOf(trail);
    }

    /** The session with more channel message ids remembered, oldest dropped beyond {@link #MAX_TRAIL}. */
    public Session remembering(List<String> ids) {
        List<String> longer = new ArrayList<>(trail);
        ids.stream().filter(id -> !longer.contains(id)).forEach(longer::add); // a status reported twice is one message
        if (longer.size() == trail.size()) {
            return this;
        }
        int excess = longer.size() - MAX_TRAIL;
        return new Session(state, excess > 0 ? longer.subList(excess, longer.size()) : longer);
    }

    public Session withState(State newState) {
        return new Session(newState, trail);
    }
}
