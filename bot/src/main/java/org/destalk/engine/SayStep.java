package org.destalk.engine;

import org.destalk.dialog.Say;
import org.destalk.dialog.Target;

/** A statement: say it and move on. */
final class SayStep implements Step<Say> {

    @Override
    public Target run(Say node, Walk walk) {
        walk.say(node.say());
        return node.next();
    }
}
