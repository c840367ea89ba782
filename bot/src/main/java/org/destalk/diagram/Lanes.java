package org.destalk.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides how each edge runs before anything has coordinates. An edge to the next layer of its own
 * block is a straight line through the gap between the two layers, which holds no boxes. Every other
 * edge (upwards, sideways, skipping layers, into another block) leaves its box downwards, runs right in
 * the gap under its layer to a vertical lane beyond all boxes, and comes back left in the gap above its
 * target, so it never crosses a box. Edges into one target share its lane and its way in, like a bus;
 * everything else gets a slot of its own, so no two lines run along each other.
 */
final class Lanes {

    /** How one edge runs: straight, or by its exit slot under its layer, its lane, and its target's entry slot. */
    record Way(boolean direct, int exitSlot, int lane, int entrySlot) {
    }

    private final List<Way> ways = new ArrayList<>();
    private final int[] exits;
    private final int[] entries;
    private final Map<String, Integer> lanes = new LinkedHashMap<>();

    Lanes(List<Row> rows, List<GraphEdge> edges) {
        Map<String, Integer> rowOf = rowOf(rows);
        exits = new int[rows.size()];
        entries = new int[rows.size()];
        Map<String, Integer> entrySlots = new HashMap<>();
        for (GraphEdge edge : edges) {
            int from = rowOf.get(edge.from());
            int to = rowOf.get(edge.to());
            if (to == from + 1 && rows.get(from).block() == rows.get(to).block()) {
                ways.add(new Way(true, -1, -1, -1));
                continue;
            }
            Integer lane = lanes.get(edge.to());
            if (lane == null) {
                lane = lanes.size();
                lanes.put(edge.to(), lane);
                entrySlots.put(edge.to(), entries[to]++);
            }
            ways.add(new Way(false, exits[from]++, lane, entrySlots.get(edge.to())));
        }
    }

    static Map<String, Integer> rowOf(List<Row> rows) {
        Map<String, Integer> rowOf = new HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            for (GraphNode node : rows.get(row).nodes()) {
                rowOf.put(node.key(), row);
            }
        }
        return rowOf;
    }

    /** The way of the edge at this index of the graph's edge list. */
    Way way(int edge) {
        return ways.get(edge);
    }

    int exits(int row) {
        return exits[row];
    }

    int entries(int row) {
        return entries[row];
    }

    int count() {
        return lanes.size();
    }
}
