package org.destalk.engine;

import org.destalk.dialog.Branch;
import org.destalk.dialog.Target;

/** A branch: the first rule whose condition holds decides, otherwise `else`. */
final class BranchStep implements Step<Branch> {

    @Override
    public Target run(Branch node, Walk walk) {
        for (Branch.Rule rule : node.rules()) {
            if (rule.when().holds(walk)) {
                return rule.next();
            }
        }
        return node.otherwise();
    }
}
