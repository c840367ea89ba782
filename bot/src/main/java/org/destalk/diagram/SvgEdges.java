package org.destalk.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the edges of a laid-out graph: a path along the way {@link Lanes} chose, an arrowhead as a
 * polygon (markers would need ids that clash when two drawings share a page), and the label with a
 * white halo so that it stays readable where lines cross it.
 */
final class SvgEdges {

    private static final int LABEL_CHARS = 28;
    private static final int LABEL_LINES = 3;
    private static final int LABEL_LINE = 12;
    private static final int ARROW_LENGTH = 9;
    private static final int ARROW_HALF_WIDTH = 4;

    private final Layout layout;
    private final StringBuilder out;

    private SvgEdges(Layout layout, StringBuilder out) {
        this.layout = layout;
        this.out = out;
    }

    static void write(DialogGraph graph, Layout layout, StringBuilder out) {
        SvgEdges edges = new SvgEdges(layout, out);
        out.append("<g class=\"edges\" fill=\"none\">\n");
        Map<String, Integer> straightFrom = new HashMap<>();
        for (int i = 0; i < graph.edges().size(); i++) {
            GraphEdge edge = graph.edges().get(i);
            Lanes.Way way = layout.lanes().way(i);
            int nth = way.direct() ? straightFrom.merge(edge.from(), 1, Integer::sum) - 1 : 0;
            edges.edge(edge, way, nth);
        }
        out.append("</g>\n");
    }

    /** {@code nth}: which straight edge of its source this is, to stagger the labels of a fan. */
    private void edge(GraphEdge edge, Lanes.Way way, int nth) {
        Box from = layout.box(edge.from());
        Box to = layout.box(edge.to());
        List<int[]> points = way.direct() ? direct(from, to) : around(from, to, way);
        out.append("<g class=\"edge ").append(edge.kind().css()).append("\" data-from=\"").append(Xml.escape(edge.from()))
                .append("\" data-to=\"").append(Xml.escape(edge.to())).append("\">");
        out.append("<path d=\"").append(path(points)).append('"').append(stroke(edge.kind())).append("/>");
        out.append("<polygon points=\"").append(arrow(points)).append("\" fill=\"").append(edge.kind().colour()).append("\"/>");
        if (edge.labelled()) {
            label(edge.label(), points, way.direct(), nth);
        }
        out.append("</g>\n");
    }

    /** Down to the bottom of the row, then straight to the top of the target in the next row. */
    private List<int[]> direct(Box from, Box to) {
        List<int[]> points = new ArrayList<>();
        points.add(new int[] {from.centerX(), from.bottom()});
        int rowBottom = layout.rowBottom(from.node().key());
        if (rowBottom > from.bottom()) {
            points.add(new int[] {from.centerX(), rowBottom});
        }
        points.add(new int[] {to.centerX(), to.y()});
        return points;
    }

    /** Down into the exit slot, right to the lane, along it, left in the entry slot, down into the target. */
    private List<int[]> around(Box from, Box to, Lanes.Way way) {
        int exit = layout.exitY(from.node().key(), way.exitSlot());
        int lane = layout.laneX(way.lane());
        int entry = layout.entryY(to.node().key(), way.entrySlot());
        return List.of(new int[] {from.centerX(), from.bottom()}, new int[] {from.centerX(), exit}, new int[] {lane, exit},
                new int[] {lane, entry}, new int[] {to.centerX(), entry}, new int[] {to.centerX(), to.y()});
    }

    /**
     * A straight edge is labelled on its slanted part, in up to three lines, the labels of one fan at
     * 45%, 65% and 85% of the way in turn: at one height they would overlap where the fan is narrow. An
     * edge around the side is labelled on one line just right of where it leaves its box, over its exit slot.
     */
    private void label(String label, List<int[]> points, boolean direct, int nth) {
        if (direct) {
            int[] a = points.get(points.size() - 2);
            int[] b = points.get(points.size() - 1);
            int percent = 45 + 20 * (nth % 3);
            int x = a[0] + (b[0] - a[0]) * percent / 100;
            List<String> lines = Wrap.lines(label, LABEL_CHARS, LABEL_LINES);
            int y = a[1] + (b[1] - a[1]) * percent / 100 - (lines.size() - 1) * LABEL_LINE / 2 + 4;
            for (int i = 0; i < lines.size(); i++) {
                text(lines.get(i), x, y + i * LABEL_LINE, "middle");
            }
        } else {
            int[] exit = points.get(1);
            text(Texts.shorten(label, LABEL_CHARS + 4), exit[0] + 5, exit[1] - 3, "start");
        }
    }

    private void text(String line, int x, int y, String anchor) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"10\" fill=\"#333333\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">")
                .append(Xml.escape(line)).append("</text>");
    }

    private static String path(List<int[]> points) {
        StringBuilder d = new StringBuilder();
        for (int[] point : points) {
            d.append(d.length() == 0 ? "M" : " L").append(point[0]).append(',').append(point[1]);
        }
        return d.toString();
    }

    /** A triangle whose tip is the end of the last segment, pointing along it. */
    private static String arrow(List<int[]> points) {
        int[] tip = points.get(points.size() - 1);
        int[] before = points.get(points.size() - 2);
        double dx = tip[0] - before[0];
        double dy = tip[1] - before[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        long baseX = Math.round(tip[0] - ux * ARROW_LENGTH);
        long baseY = Math.round(tip[1] - uy * ARROW_LENGTH);
        long sideX = Math.round(-uy * ARROW_HALF_WIDTH);
        long sideY = Math.round(ux * ARROW_HALF_WIDTH);
        return tip[0] + "," + tip[1] + " " + (baseX + sideX) + "," + (baseY + sideY) + " " + (baseX - sideX) + "," + (baseY - sideY);
    }

    private static String stroke(EdgeKind kind) {
        String width = kind == EdgeKind.JUMP ? "2.5" : "1.3";
        String dash = kind.dashed() ? " stroke-dasharray=\"5 4\"" : "";
        return " stroke=\"" + kind.colour() + "\" stroke-width=\"" + width + "\"" + dash;
    }
}
