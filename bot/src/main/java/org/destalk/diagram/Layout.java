package org.destalk.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coordinates for an SVG drawing, in whole pixels so that the same graph always gives the same text:
 * the title, the legend, then one frame per block with its rows top to bottom, each row centred, and
 * the lanes of {@link Lanes} to the right of every frame. Gaps between rows grow with the slots that
 * edges need in them. There are no font metrics on a server, so text widths are estimated generously.
 */
final class Layout {

    static final int MARGIN = 20;
    static final int TITLE_HEIGHT = 34;
    static final int BOX_WIDTH = 200;
    static final int CHAR_WIDTH = 7;
    static final int LINE = 15;
    static final int PAD = 8;
    static final int LEGEND_CHAR = 6;
    static final int LEGEND_LINE = 16;
    private static final int H_GAP = 32;
    private static final int FRAME_PAD = 16;
    private static final int FRAME_HEAD = 30;
    private static final int BLOCK_GAP = 24;
    private static final int MIN_GAP = 72;
    private static final int LABEL_ROOM = 30;
    private static final int EXIT_FIRST = 14;
    private static final int EXIT_STEP = 14;
    private static final int ENTRY_FIRST = 10;
    private static final int ENTRY_STEP = 8;
    private static final int LANE_GAP = 24;
    private static final int LANE_STEP = 12;

    private final DialogGraph graph;
    private final List<Row> rows;
    private final Lanes lanes;
    private final Map<String, Integer> rowOf;
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final List<Frame> frames = new ArrayList<>();
    private final int[] tops;
    private final int[] bottoms;
    private final int innerWidth;
    private int frameTop;
    private int bottom;

    private Layout(DialogGraph graph, List<Row> rows) {
        this.graph = graph;
        this.rows = rows;
        this.lanes = new Lanes(rows, graph.edges());
        this.rowOf = Lanes.rowOf(rows);
        this.tops = new int[rows.size()];
        this.bottoms = new int[rows.size()];
        this.innerWidth = rows.stream().mapToInt(row -> rowWidth(row.nodes().size())).max().orElse(BOX_WIDTH);
        place();
    }

    static Layout of(DialogGraph graph) {
        return new Layout(graph, Rows.of(graph));
    }

    private void place() {
        int y = MARGIN + TITLE_HEIGHT + (graph.legend().isEmpty() ? 0 : legend().height() + BLOCK_GAP);
        for (int row = 0; row < rows.size(); row++) {
            boolean opens = row == 0 || rows.get(row).block() != rows.get(row - 1).block();
            if (opens && row > 0) {
                y = closeFrame(row - 1, y) + BLOCK_GAP;
            }
            if (opens) {
                frameTop = y;
                y += FRAME_HEAD + entrySpace(row);
            } else {
                y += Math.max(MIN_GAP, exitSpace(row - 1) + LABEL_ROOM + entrySpace(row));
            }
            y = placeRow(row, y);
        }
        bottom = closeFrame(rows.size() - 1, y);
    }

    private int placeRow(int row, int top) {
        List<GraphNode> nodes = rows.get(row).nodes();
        int x = MARGIN + FRAME_PAD + (innerWidth - rowWidth(nodes.size())) / 2;
        int height = 0;
        for (GraphNode node : nodes) {
            List<String> lines = node.lines((BOX_WIDTH - 2 * PAD) / CHAR_WIDTH);
            Box box = new Box(node, x, top, BOX_WIDTH, 2 * PAD + lines.size() * LINE, lines);
            boxes.put(node.key(), box);
            height = Math.max(height, box.height());
            x += BOX_WIDTH + H_GAP;
        }
        tops[row] = top;
        bottoms[row] = top + height;
        return bottoms[row];
    }

    private int closeFrame(int lastRow, int y) {
        int frameBottom = y + exitSpace(lastRow) + FRAME_PAD;
        int block = rows.get(lastRow).block();
        boolean outside = block == graph.clusters().size();
        String title = outside ? "Elsewhere" : graph.clusters().get(block).dialog();
        String caption = outside ? "where these nodes lead out of the drawing" : graph.clusters().get(block).file();
        frames.add(new Frame(title, caption, outside, MARGIN, frameTop, frameWidth(), frameBottom - frameTop));
        return frameBottom;
    }

    private static int rowWidth(int boxes) {
        return boxes * BOX_WIDTH + Math.max(0, boxes - 1) * H_GAP;
    }

    private int exitSpace(int row) {
        return lanes.exits(row) == 0 ? 0 : EXIT_FIRST + lanes.exits(row) * EXIT_STEP;
    }

    private int entrySpace(int row) {
        return ENTRY_FIRST + lanes.entries(row) * ENTRY_STEP;
    }

    /** The side box of global commands, under the title, as wide as its longest line. */
    Frame legend() {
        int longest = graph.legend().stream().mapToInt(entry -> Wrap.length(entry.line())).max().orElse(0);
        int width = Math.max(Wrap.length(Legend.TITLE), longest) * LEGEND_CHAR + 2 * PAD + 8;
        int height = 2 * PAD + (graph.legend().size() + 1) * LEGEND_LINE;
        return new Frame(Legend.TITLE, "", false, MARGIN, MARGIN + TITLE_HEIGHT, width, height);
    }

    Lanes lanes() {
        return lanes;
    }

    Box box(String key) {
        return boxes.get(key);
    }

    List<Box> boxes() {
        return List.copyOf(boxes.values());
    }

    List<Frame> frames() {
        return List.copyOf(frames);
    }

    /** The bottom of a node's row: straight edges start there, so they never cut a taller box beside it. */
    int rowBottom(String key) {
        return bottoms[rowOf.get(key)];
    }

    int exitY(String key, int slot) {
        return bottoms[rowOf.get(key)] + EXIT_FIRST + slot * EXIT_STEP;
    }

    int entryY(String key, int slot) {
        return tops[rowOf.get(key)] - ENTRY_FIRST - slot * ENTRY_STEP;
    }

    int laneX(int lane) {
        return MARGIN + frameWidth() + LANE_GAP + lane * LANE_STEP;
    }

    private int frameWidth() {
        return innerWidth + 2 * FRAME_PAD;
    }

    int width() {
        int drawn = lanes.count() == 0 ? MARGIN + frameWidth() : laneX(lanes.count() - 1);
        int legend = graph.legend().isEmpty() ? 0 : MARGIN + legend().width();
        int title = MARGIN + Wrap.length(graph.title()) * 10;
        return Math.max(drawn, Math.max(legend, title)) + MARGIN;
    }

    int height() {
        return bottom + MARGIN;
    }
}
