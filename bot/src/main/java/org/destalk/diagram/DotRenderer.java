package org.destalk.diagram;

import java.util.List;

/**
 * Graphviz DOT text, for people who have Graphviz elsewhere ({@code dot -Tpng}); the bot never runs it.
 * Node ids are the quoted keys ({@code "check.start"}), one cluster subgraph per dialog.
 */
final class DotRenderer {

    private static final String FONT = "Helvetica";
    /** DOT does not wrap labels itself. */
    private static final int LINE_WIDTH = 30;

    private final StringBuilder out = new StringBuilder();

    static String render(DialogGraph graph) {
        return new DotRenderer().write(graph);
    }

    private String write(DialogGraph graph) {
        line(0, "digraph " + quote("destalk") + " {");
        line(1, "graph [rankdir=TB, fontname=" + quote(FONT) + ", labelloc=t, label=" + quote(graph.title()) + "];");
        line(1, "node [fontname=" + quote(FONT) + ", fontsize=11];");
        line(1, "edge [fontname=" + quote(FONT) + ", fontsize=10, color=" + quote(Palette.LINE) + "];");
        for (Cluster cluster : graph.clusters()) {
            line(1, "subgraph " + quote("cluster_" + cluster.dialog()) + " {");
            line(2, "label=" + quote(cluster.dialog()) + "; style=rounded; color=" + quote("#aaaaaa") + ";");
            cluster.nodes().forEach(node -> line(2, node(node)));
            line(1, "}");
        }
        graph.outside().forEach(node -> line(1, node(node)));
        legend(graph.legend());
        graph.edges().forEach(edge -> line(1, edge(edge)));
        line(0, "}");
        return out.toString();
    }

    private static String node(GraphNode node) {
        Palette palette = Palette.of(node.kind());
        String label = String.join("\n", node.lines(LINE_WIDTH));
        String style = (node.kind() == Kind.SAY || node.kind() == Kind.END ? "rounded," : "") + "filled"
                + (palette.dashed() ? ",dashed" : "") + (node.start() ? ",bold" : "");
        return quote(node.key()) + " [shape=" + shape(node.kind()) + ", style=" + quote(style)
                + ", fillcolor=" + quote(palette.fill()) + ", color=" + quote(palette.stroke())
                + ", class=" + quote(node.kind().css()) + ", label=" + quote(label) + "];";
    }

    private static String shape(Kind kind) {
        return switch (kind) {
            case BRANCH -> "diamond";
            case JUMP -> "cds";
            case BACK -> "ellipse";
            case ASK, SAY, END, STUB -> "box";
        };
    }

    private static String edge(GraphEdge edge) {
        StringBuilder attributes = new StringBuilder("class=" + quote(edge.kind().css()));
        if (edge.labelled()) {
            attributes.append(", label=").append(quote(edge.label()));
        }
        if (!edge.kind().colour().equals(Palette.LINE)) {
            attributes.append(", color=").append(quote(edge.kind().colour()));
        }
        if (edge.kind().dashed()) {
            attributes.append(", style=dashed");
        }
        if (edge.kind() == EdgeKind.JUMP) {
            attributes.append(", penwidth=2");
        }
        return quote(edge.from()) + " -> " + quote(edge.to()) + " [" + attributes + "];";
    }

    /** Left-aligned lines ({@code \l} ends each) in a note shape, kept apart in its own cluster. */
    private void legend(List<LegendEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder label = new StringBuilder();
        entries.forEach(entry -> label.append(escape(entry.line())).append("\\l"));
        line(1, "subgraph " + quote("cluster_legend") + " {");
        line(2, "label=" + quote(Legend.TITLE) + "; style=dashed; color=" + quote("#aaaaaa") + ";");
        line(2, quote("legend") + " [shape=note, fontsize=10, label=\"" + label + "\"];");
        line(1, "}");
    }

    /** A DOT string: backslashes first (so \l, \N and friends in content stay literal), then quotes. */
    static String quote(String text) {
        return "\"" + escape(text) + "\"";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(point -> {
            if (point == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(point)) {
                out.append(' ');
            } else {
                if (point == '\\' || point == '"') {
                    out.append('\\');
                }
                out.appendCodePoint(point);
            }
        });
        return out.toString();
    }

    private void line(int depth, String text) {
        out.append("    ".repeat(depth)).append(text).append('\n');
    }
}
