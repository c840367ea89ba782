package org.destalk.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the nodes of a graph into layers, top to bottom. In each dialog the layer is the number of steps
 * from its start node (breadth first), so a reader follows a conversation downwards; nodes that only
 * other dialogs lead to (menu.thanks, a danger interrupt) start layers of their own at the top. Within a
 * layer nodes keep the order of the dialog file, which makes the layout stable under unrelated edits.
 */
final class Rows {

    /** The nodes outside every dialog frame wrap after this many, so stubs do not make the drawing very wide. */
    static final int OUTSIDE_PER_ROW = 4;

    private Rows() {
    }

    /** Rows of every dialog in order, then the rows of the nodes outside them in a block of their own. */
    static List<Row> of(DialogGraph graph) {
        List<Row> rows = new ArrayList<>();
        for (int block = 0; block < graph.clusters().size(); block++) {
            for (List<GraphNode> layer : layers(graph.clusters().get(block), graph.edges())) {
                rows.add(new Row(block, layer));
            }
        }
        List<GraphNode> outside = graph.outside();
        for (int from = 0; from < outside.size(); from += OUTSIDE_PER_ROW) {
            rows.add(new Row(graph.clusters().size(), outside.subList(from, Math.min(outside.size(), from + OUTSIDE_PER_ROW))));
        }
        return rows;
    }

    private static List<List<GraphNode>> layers(Cluster cluster, List<GraphEdge> edges) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        cluster.nodes().forEach(node -> nodes.put(node.key(), node));
        Map<String, Integer> depth = depths(nodes, successors(nodes, edges));
        TreeMap<Integer, List<GraphNode>> layers = new TreeMap<>();
        for (GraphNode node : nodes.values()) {
            layers.computeIfAbsent(depth.get(node.key()), d -> new ArrayList<>()).add(node);
        }
        return new ArrayList<>(layers.values());
    }

    /** Edges inside the dialog only: a way into another dialog says nothing about depth here. */
    private static Map<String, List<String>> successors(Map<String, GraphNode> nodes, List<GraphEdge> edges) {
        Map<String, List<String>> successors = new HashMap<>();
        for (GraphEdge edge : edges) {
            if (nodes.containsKey(edge.from()) && nodes.containsKey(edge.to())) {
                successors.computeIfAbsent(edge.from(), key -> new ArrayList<>()).add(edge.to());
            }
        }
        return successors;
    }

    private static Map<String, Integer> depths(Map<String, GraphNode> nodes, Map<String, List<String>> successors) {
        Map<String, Integer> depth = new HashMap<>();
        for (String root : roots(nodes)) {
            if (depth.containsKey(root)) {
                continue;
            }
            depth.put(root, 0);
            Deque<String> queue = new ArrayDeque<>(List.of(root));
            while (!queue.isEmpty()) {
                String key = queue.poll();
                for (String next : successors.getOrDefault(key, List.of())) {
                    if (!depth.containsKey(next)) {
                        depth.put(next, depth.get(key) + 1);
                        queue.add(next);
                    }
                }
            }
        }
        return depth;
    }

    /** The start node first, then every node in file order: those not reached yet begin a walk of their own. */
    private static List<String> roots(Map<String, GraphNode> nodes) {
        List<String> roots = new ArrayList<>();
        nodes.values().stream().filter(GraphNode::start).forEach(node -> roots.add(node.key()));
        roots.addAll(nodes.keySet());
        return roots;
    }
}
