package org.destalk.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * What one diagram shows, independent of the format: one cluster per drawn dialog, the nodes outside
 * them (stubs of other dialogs and {@code back}), every edge, and the global commands once.
 */
record DialogGraph(String title, List<Cluster> clusters, List<GraphNode> outside, List<GraphEdge> edges, List<LegendEntry> legend) {

    List<GraphNode> nodes() {
        List<GraphNode> nodes = new ArrayList<>();
        clusters.forEach(cluster -> nodes.addAll(cluster.nodes()));
        nodes.addAll(outside);
        return nodes;
    }
}
