package org.destalk.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Mermaid {@code flowchart TD}: pasted into GitHub, GitLab or the Mermaid live editor it draws itself.
 * Node ids are the dialog in capitals and the node in lower case ({@code CHECK_start}): content ids are
 * lower case, so this never collides, and never spells Mermaid's keyword {@code end}.
 */
final class MermaidRenderer {

    private static final String BACK_ID = "back_to_question";
    /** Line breaks of our own, so that boxes look the same whatever the viewer's wrapping settings. */
    private static final int LINE_WIDTH = 30;

    private final StringBuilder out = new StringBuilder();

    static String render(DialogGraph graph) {
        return new MermaidRenderer().write(graph);
    }

    private String write(DialogGraph graph) {
        line(0, "flowchart TD");
        line(1, "%% DeStalk dialogs: " + graph.title().replaceAll("[\\r\\n]", " "));
        for (Cluster cluster : graph.clusters()) {
            line(1, "subgraph cluster_" + safe(cluster.dialog()) + "[\"" + MermaidText.escape(cluster.dialog()) + "\"]");
            line(2, "direction TB");
            cluster.nodes().forEach(node -> line(2, node(node)));
            line(1, "end");
        }
        graph.outside().forEach(node -> line(1, node(node)));
        legend(graph.legend());
        graph.edges().forEach(edge -> line(1, edge(edge)));
        linkColours(graph.edges());
        classes(graph);
        return out.toString();
    }

    private void legend(List<LegendEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        line(1, "subgraph legend[\"" + MermaidText.escape(Legend.TITLE) + "\"]");
        for (int index = 0; index < entries.size(); index++) {
            line(2, "cmd_" + (index + 1) + "[\"" + MermaidText.escape(entries.get(index).line()) + "\"]");
        }
        line(1, "end");
    }

    private static String node(GraphNode node) {
        String label = node.lines(LINE_WIDTH).stream().map(MermaidText::escape).collect(Collectors.joining("<br/>"));
        String[] shape = shape(node.kind());
        return id(node.key()) + shape[0] + "\"" + label + "\"" + shape[1];
    }

    /** Opening and closing brackets: each kind has its own Mermaid shape. */
    private static String[] shape(Kind kind) {
        return switch (kind) {
            case ASK -> new String[] {"[", "]"};
            case SAY -> new String[] {"(", ")"};
            case BRANCH -> new String[] {"{", "}"};
            case JUMP -> new String[] {"[[", "]]"};
            case END -> new String[] {"([", "])"};
            case STUB -> new String[] {">", "]"};
            case BACK -> new String[] {"((", "))"};
        };
    }

    private static String edge(GraphEdge edge) {
        String arrow = edge.kind() == EdgeKind.JUMP ? "==>" : edge.kind().dashed() ? "-.->" : "-->";
        String label = edge.labelled() ? "|\"" + MermaidText.escape(edge.label()) + "\"|" : "";
        return id(edge.from()) + " " + arrow + label + " " + id(edge.to());
    }

    /** Line colours by kind, as in the other formats. Mermaid styles a link by its position in the text. */
    private void linkColours(List<GraphEdge> edges) {
        Map<String, List<String>> byColour = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            String colour = edges.get(i).kind().colour();
            if (!colour.equals(Palette.LINE)) {
                byColour.computeIfAbsent(colour, key -> new ArrayList<>()).add(String.valueOf(i));
            }
        }
        byColour.forEach((colour, indices) -> line(1, "linkStyle " + String.join(",", indices) + " stroke:" + colour));
    }

    /**
     * One class line per kind, so a viewer can tell questions from branches without reading the shapes.
     * Class names carry a prefix because the kind "end" would be Mermaid's keyword.
     */
    private void classes(DialogGraph graph) {
        Map<Kind, List<String>> byKind = new LinkedHashMap<>();
        for (GraphNode node : graph.nodes()) {
            byKind.computeIfAbsent(node.kind(), kind -> new ArrayList<>()).add(id(node.key()));
        }
        for (Kind kind : Kind.values()) {
            line(1, "classDef " + className(kind) + " " + Palette.of(kind).mermaid());
        }
        line(1, "classDef start stroke-width:3px");
        byKind.forEach((kind, ids) -> line(1, "class " + String.join(",", ids) + " " + className(kind)));
        List<String> starts = graph.nodes().stream().filter(GraphNode::start).map(node -> id(node.key())).toList();
        if (!starts.isEmpty()) {
            line(1, "class " + String.join(",", starts) + " start");
        }
    }

    private static String className(Kind kind) {
        return "kind_" + kind.css();
    }

    static String id(String key) {
        if (key.equals(GraphNode.BACK_KEY)) {
            return BACK_ID;
        }
        int dot = key.indexOf('.');
        return safe(key.substring(0, dot)).toUpperCase(Locale.ROOT) + "_" + safe(key.substring(dot + 1));
    }

    /** Ids are checked by the dialog language already; this only guards against content with errors. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private void line(int depth, String text) {
        out.append("    ".repeat(depth)).append(text).append('\n');
    }
}
