package org.destalk.conversation;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.engine.Engine;
import org.destalk.engine.State;
import org.destalk.engine.Turn;
import org.destalk.nlp.Understander;

/**
 * Conversations a coordinator has with the current version of the dialogs in the admin preview: the
 * same reading and the same engine as a real conversation, but kept apart from people's sessions and
 * metrics, and telling where the conversation now is, so the page can show it on the diagram.
 */
public final class Previews {

    /** The most previews kept at once; the oldest is forgotten first. */
    static final int MAX_PREVIEWS = 200;

    /** @param at the node the conversation is at ("dialog.node"), or null when it ended */
    public record Step(Outbound outbound, String at) {
    }

    private final Supplier<Engine> engines;
    private final TurnMaker turns;
    private final Map<String, State> states = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
            return size() > MAX_PREVIEWS;
        }
    };

    public Previews(Supplier<Engine> engines, Understander understander) {
        this.engines = engines;
        this.turns = new TurnMaker(understander, StartCodes.NONE, new ConversationMetrics(new SimpleMeterRegistry()));
    }

    /** One message of preview {@code id}; an unknown id starts a new conversation, as a new person would. */
    public Step send(String id, Inbound inbound) {
        Engine engine = engines.get();
        State state;
        synchronized (states) {
            state = states.get(id);
        }
        Turn turn = state == null ? turns.first(engine, inbound, id) : turns.next(engine, state, inbound);
        synchronized (states) {
            if (turn.ended()) {
                states.remove(id);
            } else {
                states.put(id, turn.state());
            }
        }
        String at = turn.ended() || turn.state().dialog() == null ? null : turn.state().dialog() + "." + turn.state().node();
        return new Step(Replies.of(turn, List.of()), at);
    }
}
