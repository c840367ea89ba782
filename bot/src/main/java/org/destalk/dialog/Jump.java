package org.destalk.dialog;

import java.util.List;

/** Continues in another dialog, e.g. from the check journey into the find-help journey. */
public record Jump(String id, Target target, Position position) implements Node {

    @Override
    public List<Target> targets() {
        return List.of(target);
    }
}
