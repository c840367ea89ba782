package org.destalk.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.destalk.dialog.Dialog;
import org.destalk.dialog.DialogBundle;
import org.destalk.dialog.Node;
import org.destalk.dialog.Target;

/**
 * Turns loaded content into the format-neutral graph: every dialog or one, with stub nodes for the
 * nodes of other dialogs it leads to, and the global commands as a legend.
 */
final class GraphBuilder {

    private final DialogBundle bundle;
    private final Texts texts;
    private final NodeEdges nodeEdges;

    GraphBuilder(DialogBundle bundle) {
        this.bundle = bundle;
        this.texts = new Texts(bundle);
        this.nodeEdges = new NodeEdges(texts);
    }

    /** The dialog where conversations start comes first, the others by id, so output never depends on file listing order. */
    List<String> dialogIds() {
        String first = bundle.settings().start().dialog();
        return bundle.dialogs().keySet().stream()
                .sorted(Comparator.comparing((String id) -> !id.equals(first)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    DialogGraph all() {
        return build("All dialogs", dialogIds());
    }

    /** @throws IllegalArgumentException naming the known dialogs, when there is no dialog with this id */
    DialogGraph one(String dialogId) {
        if (!bundle.dialogs().containsKey(dialogId)) {
            throw new IllegalArgumentException("Unknown dialog '" + dialogId + "'. Dialogs: " + String.join(", ", dialogIds()) + ".");
        }
        return build("Dialog " + dialogId, List.of(dialogId));
    }

    private DialogGraph build(String title, List<String> dialogIds) {
        List<Cluster> clusters = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (String id : dialogIds) {
            Dialog dialog = bundle.dialogs().get(id);
            clusters.add(cluster(dialog));
            dialog.nodes().values().forEach(node -> edges.addAll(merged(nodeEdges.of(node, id))));
        }
        Set<String> drawn = new LinkedHashSet<>();
        clusters.forEach(cluster -> cluster.nodes().forEach(node -> drawn.add(node.key())));
        Map<String, GraphNode> outside = new LinkedHashMap<>();
        for (GraphEdge edge : edges) {
            if (!drawn.contains(edge.to())) {
                outside.computeIfAbsent(edge.to(), this::outsideNode);
            }
        }
        return new DialogGraph(title, clusters, List.copyOf(outside.values()), List.copyOf(edges), Legend.entries(bundle.settings(), texts));
    }

    /** Ways from one node along the same line become one edge, so three answers leading on draw one arrow. */
    private static List<GraphEdge> merged(List<GraphEdge> edges) {
        List<GraphEdge> merged = new ArrayList<>();
        for (GraphEdge edge : edges) {
            int same = indexOfSameLine(merged, edge);
            if (same < 0) {
                merged.add(edge);
            } else {
                merged.set(same, merged.get(same).join(edge));
            }
        }
        return merged;
    }

    private static int indexOfSameLine(List<GraphEdge> edges, GraphEdge edge) {
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i).sameLine(edge)) {
                return i;
            }
        }
        return -1;
    }

    private Cluster cluster(Dialog dialog) {
        List<GraphNode> nodes = new ArrayList<>();
        for (Node node : dialog.nodes().values()) {
            boolean start = node.id().equals(dialog.start().node());
            nodes.add(new GraphNode(NodeEdges.key(dialog.id(), node.id()), dialog.id(), Kind.of(node), node.id(), nodeEdges.text(node), start));
        }
        return new Cluster(dialog.id(), dialog.position().file(), nodes);
    }

    private GraphNode outsideNode(String key) {
        if (key.equals(GraphNode.BACK_KEY)) {
            return new GraphNode(key, null, Kind.BACK, "↩ back", "", false);
        }
        String dialog = key.substring(0, key.indexOf('.'));
        Node node = bundle.node(new Target(dialog, key.substring(dialog.length() + 1), null));
        return new GraphNode(key, dialog, Kind.STUB, key, node == null ? "" : nodeEdges.text(node), false);
    }
}
