package org.destalk.diagram;

/** A way from one node to another, by node keys; the label is empty when there is nothing to read. */
record GraphEdge(String from, String to, EdgeKind kind, String label) {

    boolean labelled() {
        return !label.isEmpty();
    }

    /** Whether two edges draw the same line, so that they can be drawn once. */
    boolean sameLine(GraphEdge other) {
        return from.equals(other.from) && to.equals(other.to) && kind == other.kind;
    }

    /** One edge for two ways along the same line: "Yes / No / Not sure" reads better than three arrows. */
    GraphEdge join(GraphEdge other) {
        if (!other.labelled() || other.label.equals(label)) {
            return this;
        }
        return new GraphEdge(from, to, kind, labelled() ? label + " / " + other.label : other.label);
    }
}
