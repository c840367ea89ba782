package org.destalk.dialog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node that remembers its file, line, column and YAML path, and reports shape problems
 * (wrong type, unknown or duplicate keys) to the document's {@link Problems} instead of throwing, so
 * that one pass finds every problem.
 */
public final class YNode {

    private final Node node;
    private final String file;
    private final String path;
    private final Problems problems;

    YNode(Node node, String file, String path, Problems problems) {
        this.node = node;
        this.file = file;
        this.path = path;
        this.problems = problems;
    }

    public Position position() {
        return new Position(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, path);
    }

    public String path() {
        return path;
    }

    public String file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isNull() {
        return node.getTag().equals(Tag.NULL);
    }

    public boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    /** The scalar's text, or null (with a problem reported) when this is not a scalar. */
    public String text() {
        if (node instanceof ScalarNode scalar && !isNull()) {
            return scalar.getValue();
        }
        problems.error(this, "wrong-type", "Expected a single value here, found " + kind() + ".", "write one value, e.g. `key: value`.");
        return null;
    }

    public Integer integer() {
        String text = text();
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.error(this, "wrong-type", "Expected a whole number, found '" + text + "'.", "write a number such as 1.");
            return null;
        }
    }

    public Boolean bool() {
        String text = text();
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        if (text != null) {
            problems.error(this, "wrong-type", "Expected true or false, found '" + text + "'.", "write true or false.");
        }
        return null;
    }

    /** The entries of a mapping in file order; duplicate keys are reported and the first one kept. */
    public Map<String, YNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            problems.error(this, "wrong-type", "Expected a mapping (key: value lines), found " + kind() + ".", "");
            return Map.of();
        }
        Map<String, YNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YNode key = new YNode(tuple.getKeyNode(), file, path, problems);
            String name = key.isScalar() ? key.text() : null;
            if (name == null) {
                problems.error(key, "wrong-type", "A key must be a plain word.", "");
                continue;
            }
            YNode value = new YNode(tuple.getValueNode(), file, join(name), problems);
            if (entries.containsKey(name)) {
                problems.error(key, "duplicate-id", "'" + name + "' is written twice in " + describePath() + ".",
                        "rename or remove one of them; the first is at line " + entries.get(name).keyLine(mapping, name) + ".");
                continue;
            }
            entries.put(name, value);
        }
        return entries;
    }

    public List<YNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            problems.error(this, "wrong-type", "Expected a list (lines starting with '-'), found " + kind() + ".", "");
            return List.of();
        }
        List<YNode> items = new ArrayList<>();
        List<Node> children = sequence.getValue();
        for (int i = 0; i < children.size(); i++) {
            items.add(new YNode(children.get(i), file, path + "[" + i + "]", problems));
        }
        return items;
    }

    /** A single value or a list of values, as a list of texts. */
    public List<String> texts() {
        if (isList()) {
            List<String> texts = new ArrayList<>();
            for (YNode item : items()) {
                String text = item.text();
                if (text != null) {
                    texts.add(text);
                }
            }
            return texts;
        }
        String text = text();
        return text == null ? List.of() : List.of(text);
    }

    /** Reports every key that is not allowed here, suggesting the closest allowed one. */
    public void allowOnly(Collection<String> allowed) {
        if (!isMap()) {
            return;
        }
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !allowed.contains(key.getValue())) {
                YNode at = new YNode(key, file, join(key.getValue()), problems);
                problems.error(at, "unknown-key", "'" + key.getValue() + "' is not a known key here.",
                        Suggestions.didYouMean(key.getValue(), allowed, "use one of: " + String.join(", ", allowed) + "."));
            }
        }
    }

    /** The value under a key, or null when absent. */
    public YNode get(String key) {
        if (!(node instanceof MappingNode mapping)) {
            return null;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return new YNode(tuple.getValueNode(), file, join(key), problems);
            }
        }
        return null;
    }

    /** The key itself (for pointing at a misspelt key rather than its value), or this node when absent. */
    public YNode keyOf(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return new YNode(scalar, file, join(key), problems);
                }
            }
        }
        return this;
    }

    /** The value under a key that must be there; reports a missing-key problem otherwise. */
    public YNode require(String key, String fix) {
        YNode value = get(key);
        if (value == null && isMap()) {
            problems.error(this, "missing-key", "'" + key + "' is missing in " + describePath() + ".", fix);
        }
        return value;
    }

    public String describePath() {
        return path.isEmpty() ? "the top level" : "'" + path + "'";
    }

    private int keyLine(MappingNode mapping, String name) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(name)) {
                return scalar.getStartMark().getLine() + 1;
            }
        }
        return position().line();
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String kind() {
        if (isNull()) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return node instanceof SequenceNode ? "a list" : "a single value";
    }
}
