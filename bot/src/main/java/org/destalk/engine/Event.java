package org.destalk.engine;

import java.util.List;

/** What a turn produced. The engine does nothing itself; channels and the conversation act on events. */
public sealed interface Event {

    /** A message to send; {@code choices} are non-empty when it asks a question. */
    record Reply(String text, List<Choice> choices) implements Event {
    }

    /** The conversation is over and its session must be wiped now. */
    record Ended(Reason reason) implements Event {
        public enum Reason { QUICK_EXIT, FINISHED }
    }

    /** The person entered a journey (a dialog), for aggregate counts only. */
    record Entered(String dialog) implements Event {
    }

    /** The person reached a node marked {@code finish: true}, for aggregate counts only. */
    record Finished(String dialog) implements Event {
    }

    /** A danger tier interrupted the conversation, for aggregate counts only. */
    record Interrupted(Danger danger) implements Event {
    }
}
