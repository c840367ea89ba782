package org.destalk.dialog;

import java.util.List;

/** Says something and moves on without waiting. */
public record Say(String id, List<MessageRef> say, Target next, Position position) implements Node {

    @Override
    public List<Target> targets() {
        return List.of(next);
    }
}
