package org.destalk.dialog;

import java.util.List;

/** Says goodbye and ends the conversation; the session is wiped. */
public record End(String id, List<MessageRef> say, Position position) implements Node {

    @Override
    public List<Target> targets() {
        return List.of();
    }
}
