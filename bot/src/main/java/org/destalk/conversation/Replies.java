package org.destalk.conversation;

import java.util.ArrayList;
import java.util.List;
import org.destalk.channel.Outbound;
import org.destalk.engine.Choice;
import org.destalk.engine.Event;
import org.destalk.engine.Turn;

/** Translates a turn's events into channel-neutral messages. */
final class Replies {

    private Replies() {
    }

    static Outbound of(Turn turn, List<String> cleanup) {
        List<Outbound.Message> messages = new ArrayList<>();
        Outbound.Ending ending = Outbound.Ending.NONE;
        for (Event event : turn.events()) {
            if (event instanceof Event.Reply reply) {
                messages.add(new Outbound.Message(reply.text(), buttons(reply.choices())));
            } else if (event instanceof Event.Ended ended) {
                ending = ended.reason() == Event.Ended.Reason.QUICK_EXIT ? Outbound.Ending.QUICK_EXIT : Outbound.Ending.FINISHED;
            }
        }
        List<String> toDelete = ending == Outbound.Ending.QUICK_EXIT ? List.copyOf(cleanup) : List.of();
        return new Outbound(List.copyOf(messages), ending, toDelete, turn.state() == null ? null : turn.state().language());
    }

    private static List<Outbound.Button> buttons(List<Choice> choices) {
        return choices.stream().map(choice -> new Outbound.Button(choice.id(), choice.label())).toList();
    }
}
