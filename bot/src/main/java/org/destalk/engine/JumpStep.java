package org.destalk.engine;

import org.destalk.dialog.Jump;
import org.destalk.dialog.Target;

/** A jump: continue in another dialog. */
final class JumpStep implements Step<Jump> {

    @Override
    public Target run(Jump node, Walk walk) {
        return node.target();
    }
}
