package org.destalk.engine;

import org.destalk.dialog.Ask;
import org.destalk.dialog.Target;

/** A question: show it with its choices and wait. */
final class AskStep implements Step<Ask> {

    @Override
    public Target run(Ask node, Walk walk) {
        if (node.finish()) {
            walk.emit(new Event.Finished(walk.state.dialog()));
        }
        walk.prompt(node);
        return null;
    }
}
