package org.destalk.engine;

import java.util.List;

/** The result of one turn: the new state (null once the conversation ended) and the events to act on. */
public record Turn(State state, List<Event> events) {

    public boolean ended() {
        return state == null;
    }

    public List<Event.Reply> replies() {
        return events.stream().filter(Event.Reply.class::isInstance).map(Event.Reply.class::cast).toList();
    }
}
