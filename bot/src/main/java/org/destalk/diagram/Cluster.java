package org.destalk.diagram;

import java.util.List;

/** The nodes of one dialog, in the order its file lists them. */
record Cluster(String dialog, String file, List<GraphNode> nodes) {
}
