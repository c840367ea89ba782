package org.destalk.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.destalk.dialog.Ask;
import org.destalk.dialog.Branch;
import org.destalk.dialog.Condition;
import org.destalk.dialog.Jump;
import org.destalk.dialog.Node;
import org.destalk.dialog.Option;
import org.destalk.dialog.Say;
import org.destalk.dialog.Target;

/** The edges leaving one node and the words shown in its box, read from the dialog language's node records. */
final class NodeEdges {

    private final Texts texts;

    NodeEdges(Texts texts) {
        this.texts = texts;
    }

    /** What a box says under its id: the opening words, or for a jump where it goes. */
    String text(Node node) {
        if (node instanceof Jump jump) {
            return "continues in " + jump.target().dialog();
        }
        return texts.opening(node.say());
    }

    /** In the order the file writes them, so the drawing follows the file a coordinator edits. */
    List<GraphEdge> of(Node node, String dialog) {
        String from = key(dialog, node.id());
        List<GraphEdge> edges = new ArrayList<>();
        if (node instanceof Ask ask) {
            for (Option option : ask.options()) {
                EdgeKind kind = option.hidden() ? EdgeKind.HIDDEN_OPTION : EdgeKind.OPTION;
                String label = texts.label(option.label()) + (option.hidden() ? " (typed only)" : "");
                edges.add(new GraphEdge(from, key(option.next()), kind, label));
            }
            if (ask.captured() != null) {
                edges.add(new GraphEdge(from, key(ask.captured()), EdgeKind.CAPTURE, "country named"));
            }
        } else if (node instanceof Branch branch) {
            rules(branch).forEach((to, when) -> edges.add(new GraphEdge(from, to, EdgeKind.RULE, ConditionText.label(when))));
            edges.add(new GraphEdge(from, key(branch.otherwise()), EdgeKind.OTHERWISE, "else"));
        } else if (node instanceof Say say) {
            edges.add(new GraphEdge(from, key(say.next()), EdgeKind.NEXT, ""));
        } else if (node instanceof Jump jump) {
            edges.add(new GraphEdge(from, key(jump.target()), EdgeKind.JUMP, "jump"));
        }
        return edges;
    }

    /**
     * Rules that lead to the same node read as one condition, "a or (b and c)": one arrow, and brackets
     * that keep the meaning, which joining two labels could not.
     */
    private static Map<String, Condition> rules(Branch branch) {
        Map<String, List<Condition>> byTarget = new LinkedHashMap<>();
        for (Branch.Rule rule : branch.rules()) {
            byTarget.computeIfAbsent(key(rule.next()), to -> new ArrayList<>()).add(rule.when());
        }
        Map<String, Condition> rules = new LinkedHashMap<>();
        byTarget.forEach((to, conditions) -> rules.put(to, conditions.size() == 1 ? conditions.get(0) : new Condition.Any(conditions)));
        return rules;
    }

    static String key(Target target) {
        return target.isBack() ? GraphNode.BACK_KEY : key(target.dialog(), target.node());
    }

    static String key(String dialog, String node) {
        return dialog + "." + node;
    }
}
