package org.destalk.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * One box of a diagram. The key is {@code dialog.node} (or {@code back}) and identifies the node in
 * every format; the title and text are what a coordinator reads: the node id and the opening words.
 */
record GraphNode(String key, String dialog, Kind kind, String title, String text, boolean start) {

    static final String BACK_KEY = "back";
    /** Room for most of {@link Texts#OPENING_LIMIT} characters at the widths the formats use; more ends with "…". */
    static final int TEXT_LINES = 3;

    /** The first line of the box: the start node is marked so the reader knows where to begin. */
    String heading() {
        return start ? "▶ " + title : title;
    }

    /** The label as lines no longer than {@code width}: every format wraps alike, so boxes stay narrow. */
    List<String> lines(int width) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.shorten(heading(), width));
        lines.addAll(Wrap.lines(text, width, TEXT_LINES));
        return lines;
    }
}
