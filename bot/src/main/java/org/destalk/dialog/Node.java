package org.destalk.dialog;

import java.util.List;

/**
 * A step of a dialog. Each kind lives in its own file and is interpreted by its own step in the engine.
 */
public sealed interface Node permits Ask, Say, Branch, Jump, End {

    String id();

    Position position();

    /** The messages shown when the conversation arrives at this node (none for branch and jump). */
    default List<MessageRef> say() {
        return List.of();
    }

    /** Where this node can lead: the edges of the dialog graph. */
    List<Target> targets();
}
