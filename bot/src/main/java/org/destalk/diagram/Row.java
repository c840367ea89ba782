package org.destalk.diagram;

import java.util.List;

/** One layer of the drawing: nodes side by side, in a block (a dialog's frame, or the nodes outside them). */
record Row(int block, List<GraphNode> nodes) {
}
