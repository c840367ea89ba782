package org.destalk.dialog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads one dialog file (version, id, start, nodes) into a {@link Dialog}. */
public final class DialogParser {

    /** The versions of the dialog language this build understands. */
    public static final List<Integer> SUPPORTED_VERSIONS = List.of(1);

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final List<String> TOP_KEYS = List.of("version", "id", "start", "nodes");

    private DialogParser() {
    }

    /** Returns the dialog, or null when it is too broken to use (problems reported). */
    public static Dialog parse(YNode root, String expectedId) {
        if (!root.isMap()) {
            root.entries();
            return null;
        }
        root.allowOnly(TOP_KEYS);
        Integer version = version(root);
        YNode idNode = root.require("id", "add `id: " + expectedId + "` (the file name without .yml).");
        YNode startNode = root.require("start", "add `start: <first node>`.");
        YNode nodesNode = root.require("nodes", "add `nodes:` with at least one node.");
        if (version == null || idNode == null || startNode == null || nodesNode == null) {
            return null;
        }
        String id = idNode.text();
        if (id != null && !id.equals(expectedId)) {
            root.problems().error(idNode, "id-mismatch", "The dialog id '" + id + "' differs from its file name.",
                    "write `id: " + expectedId + "` or rename the file to " + id + ".yml.");
        }
        NodeParser parser = new NodeParser(expectedId);
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Map.Entry<String, YNode> entry : nodesNode.entries().entrySet()) {
            if (!ID.matcher(entry.getKey()).matches()) {
                root.problems().error(entry.getValue(), "bad-id", "Node id '" + entry.getKey() + "' must be lower case letters, digits and _.",
                        "rename it, e.g. '" + entry.getKey().toLowerCase().replaceAll("[^a-z0-9_]", "_") + "'.");
            }
            Node node = parser.parse(entry.getKey(), entry.getValue());
            if (node != null) {
                nodes.put(entry.getKey(), node);
            }
        }
        String start = startNode.text();
        Target startTarget = start == null ? null : new Target(expectedId, start.trim(), startNode.position());
        return startTarget == null ? null : new Dialog(expectedId, version, startTarget, Collections.unmodifiableMap(nodes), root.position());
    }

    static Integer version(YNode root) {
        YNode versionNode = root.require("version", "add `version: 1` at the top.");
        if (versionNode == null) {
            return null;
        }
        Integer version = versionNode.integer();
        if (version != null && !SUPPORTED_VERSIONS.contains(version)) {
            root.problems().error(versionNode, "bad-version", "Version " + version + " of the dialog language is not supported by this bot.",
                    "write `version: 1`.");
            return null;
        }
        return version;
    }
}
