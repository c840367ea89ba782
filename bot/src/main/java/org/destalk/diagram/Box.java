package org.destalk.diagram;

import java.util.List;

/** Where a node is drawn, and the lines of its label: the heading first, then the wrapped text. */
record Box(GraphNode node, int x, int y, int width, int height, List<String> lines) {

    int centerX() {
        return x + width / 2;
    }

    int bottom() {
        return y + height;
    }
}
