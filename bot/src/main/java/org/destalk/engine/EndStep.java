package org.destalk.engine;

import org.destalk.dialog.End;
import org.destalk.dialog.Target;

/** An end: say goodbye and finish; the session is wiped by whoever stores it. */
final class EndStep implements Step<End> {

    @Override
    public Target run(End node, Walk walk) {
        walk.say(node.say());
        walk.emit(new Event.Ended(Event.Ended.Reason.FINISHED));
        return null;
    }
}
