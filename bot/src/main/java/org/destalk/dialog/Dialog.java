package org.destalk.dialog;

import java.util.Map;

/** One dialog file: a version of the language, an id, the node to start at, and its nodes. */
public record Dialog(String id, int version, Target start, Map<String, Node> nodes, Position position) {

    public Node node(String nodeId) {
        return nodes.get(nodeId);
    }
}
