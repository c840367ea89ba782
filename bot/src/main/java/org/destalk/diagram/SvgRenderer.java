package org.destalk.diagram;

/**
 * A self-contained SVG drawing made without Graphviz, so the bot and its admin page need nothing
 * installed. Each node is a group with the id {@code node-<dialog>.<node>} (a preview page marks the
 * current node by adding the class {@code current} to it) and the classes {@code node} and its kind.
 * Colours are presentation attributes, not styles, so a page's own CSS can override them.
 */
final class SvgRenderer {

    private static final String FONT = "Helvetica, Arial, sans-serif";
    private static final String STYLE = ".node.current .shape{stroke:#d4002a;stroke-width:4px}";

    private final Layout layout;
    private final StringBuilder out = new StringBuilder();

    private SvgRenderer(Layout layout) {
        this.layout = layout;
    }

    static String render(DialogGraph graph) {
        return new SvgRenderer(Layout.of(graph)).write(graph);
    }

    private String write(DialogGraph graph) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"destalk-graph\" width=\"").append(layout.width())
                .append("\" height=\"").append(layout.height()).append("\" viewBox=\"0 0 ").append(layout.width()).append(' ')
                .append(layout.height()).append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">\n");
        out.append("<title>").append(Xml.escape(graph.title())).append("</title>\n");
        out.append("<style>").append(STYLE).append("</style>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(Layout.MARGIN, Layout.MARGIN + 16, graph.title(), " font-size=\"16\" font-weight=\"bold\"");
        out.append('\n');
        legend(graph);
        layout.frames().forEach(this::frame);
        SvgEdges.write(graph, layout, out);
        out.append("<g class=\"nodes\">\n");
        layout.boxes().forEach(this::node);
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    private void legend(DialogGraph graph) {
        if (graph.legend().isEmpty()) {
            return;
        }
        Frame frame = layout.legend();
        out.append("<g class=\"legend\">");
        rect(frame, 4, " fill=\"#fafafa\" stroke=\"#aaaaaa\" stroke-dasharray=\"4 3\"");
        int x = frame.x() + Layout.PAD;
        int y = frame.y() + Layout.PAD + Layout.LEGEND_LINE - 4;
        text(x, y, frame.title(), " font-size=\"11\" font-weight=\"bold\"");
        for (LegendEntry entry : graph.legend()) {
            y += Layout.LEGEND_LINE;
            text(x, y, entry.line(), " font-size=\"11\"");
        }
        out.append("</g>\n");
    }

    private void frame(Frame frame) {
        String id = frame.outside() ? "outside" : frame.title();
        out.append("<g class=\"cluster").append(frame.outside() ? " outside" : "").append("\" id=\"cluster-").append(Xml.escape(id)).append("\">");
        rect(frame, 8, " fill=\"none\" stroke=\"#aaaaaa\"" + (frame.outside() ? " stroke-dasharray=\"4 3\"" : ""));
        text(frame.x() + 10, frame.y() + 20, frame.title(), " font-weight=\"bold\"");
        text(frame.x() + 10 + (Wrap.length(frame.title()) + 2) * Layout.CHAR_WIDTH, frame.y() + 20, frame.caption(),
                " font-size=\"10\" fill=\"#777777\"");
        out.append("</g>\n");
    }

    private void node(Box box) {
        GraphNode node = box.node();
        out.append("<g id=\"node-").append(Xml.escape(node.key())).append("\" class=\"node ").append(node.kind().css())
                .append(node.start() ? " start" : "").append("\">");
        out.append("<title>").append(Xml.escape(node.key() + (node.text().isEmpty() ? "" : ": " + node.text()))).append("</title>");
        shape(box);
        for (int i = 0; i < box.lines().size(); i++) {
            int y = box.y() + Layout.PAD + (i + 1) * Layout.LINE - 3;
            text(box.centerX(), y, box.lines().get(i), " text-anchor=\"middle\"" + (i == 0 ? " font-weight=\"bold\"" : ""));
        }
        out.append("</g>\n");
    }

    /** Each kind its own outline, as in the Mermaid and DOT output: the shape tells what the node does. */
    private void shape(Box box) {
        Kind kind = box.node().kind();
        Palette palette = Palette.of(kind);
        String paint = " class=\"shape\" fill=\"" + palette.fill() + "\" stroke=\"" + palette.stroke() + "\" stroke-width=\""
                + (box.node().start() ? "3" : "1.5") + "\"" + (palette.dashed() ? " stroke-dasharray=\"5 4\"" : "");
        int x = box.x();
        int y = box.y();
        int right = x + box.width();
        int middle = y + box.height() / 2;
        switch (kind) {
            case BRANCH -> polygon(paint, x + 12, y, right - 12, y, right, middle, right - 12, box.bottom(), x + 12, box.bottom(), x, middle);
            case JUMP -> polygon(paint, x, y, right - 14, y, right, middle, right - 14, box.bottom(), x, box.bottom());
            case SAY -> rect(box, 12, paint);
            case END, BACK -> rect(box, box.height() / 2, paint);
            case ASK, STUB -> rect(box, 3, paint);
        }
    }

    private void polygon(String paint, int... coordinates) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < coordinates.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(coordinates[i]).append(',').append(coordinates[i + 1]);
        }
        out.append("<polygon points=\"").append(points).append('"').append(paint).append("/>");
    }

    private void rect(Box box, int radius, String paint) {
        rect(box.x(), box.y(), box.width(), box.height(), radius, paint);
    }

    private void rect(Frame frame, int radius, String paint) {
        rect(frame.x(), frame.y(), frame.width(), frame.height(), radius, paint);
    }

    private void rect(int x, int y, int width, int height, int radius, String paint) {
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" rx=\"").append(radius).append('"').append(paint).append("/>");
    }

    private void text(int x, int y, String text, String attributes) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"').append(attributes).append('>')
                .append(Xml.escape(text)).append("</text>");
    }
}
