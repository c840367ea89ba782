package org.destalk.diagram;

import java.util.List;
import org.destalk.engine.Content;

/**
 * Drawings of loaded content, for the graph command and for pages that embed them. A null dialog
 * means every dialog in one drawing; an unknown one is an {@link IllegalArgumentException} whose
 * message names the dialogs there are. Same content, same text: output is byte for byte stable.
 */
public final class Diagrams {

    private Diagrams() {
    }

    /** Dialog ids in drawing order: where conversations start first, then the others by id. */
    public static List<String> dialogs(Content content) {
        return new GraphBuilder(content.dialogs()).dialogIds();
    }

    /** An SVG element (no XML declaration, so it can be put straight into an HTML page or saved as a .svg file). */
    public static String svg(Content content, String dialog) {
        return draw(content, dialog, Format.SVG);
    }

    /** Mermaid flowchart text, to paste into GitHub, GitLab or the Mermaid live editor. */
    public static String mermaid(Content content, String dialog) {
        return draw(content, dialog, Format.MERMAID);
    }

    /** Graphviz DOT text, for people who have Graphviz. */
    public static String dot(Content content, String dialog) {
        return draw(content, dialog, Format.DOT);
    }

    static String draw(Content content, String dialog, Format format) {
        GraphBuilder builder = new GraphBuilder(content.dialogs());
        return format.render(dialog == null ? builder.all() : builder.one(dialog));
    }
}
