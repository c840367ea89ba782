package org.destalk.dialog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks the graph: every target exists, every node can be reached, and no loop runs without a question. */
final class TargetRules {

    private final DialogBundle bundle;
    private final Problems problems;

    TargetRules(DialogBundle bundle, Problems problems) {
        this.bundle = bundle;
        this.problems = problems;
    }

    void check() {
        for (Target root : roots()) {
            resolve(root, false);
        }
        for (Dialog dialog : bundle.dialogs().values()) {
            for (Node node : dialog.nodes().values()) {
                node.targets().forEach(target -> resolve(target, true));
            }
        }
        reportUnreachable();
        reportLoops();
    }

    /** Where conversations can enter: the start, the menu, interrupts, routes, commands and every dialog's start. */
    List<Target> roots() {
        Settings settings = bundle.settings();
        List<Target> roots = new ArrayList<>();
        roots.add(settings.start());
        roots.add(settings.menu());
        roots.addAll(settings.interrupts().values());
        roots.addAll(settings.routes().values());
        settings.commands().stream().map(Command::target).filter(target -> target != null).forEach(roots::add);
        bundle.dialogs().values().forEach(dialog -> roots.add(dialog.start()));
        return roots;
    }

    private void resolve(Target target, boolean backAllowed) {
        if (target == null || (target.isBack() && backAllowed) || bundle.node(target) != null
                || bundle.unreadable().contains(target.dialog())) {
            return;
        }
        if (target.isBack()) {
            problems.error(target.position(), "unknown-target", "`back` cannot be used here: there is no question to go back to.",
                    "name a node as dialog.node.");
            return;
        }
        if (!bundle.dialogs().containsKey(target.dialog())) {
            problems.error(target.position(), "unknown-target", "There is no dialog '" + target.dialog() + "'.",
                    Suggestions.didYouMean(target.dialog(), bundle.dialogs().keySet(), "use one of: " + String.join(", ", bundle.dialogs().keySet()) + "."));
            return;
        }
        Set<String> nodes = bundle.dialogs().get(target.dialog()).nodes().keySet();
        problems.error(target.position(), "unknown-target", "Dialog '" + target.dialog() + "' has no node '" + target.node() + "'.",
                Suggestions.didYouMean(target.node(), nodes, "add the node or point to an existing one."));
    }

    private void reportUnreachable() {
        Set<String> reached = new HashSet<>();
        Deque<Target> queue = new ArrayDeque<>(roots());
        while (!queue.isEmpty()) {
            Target target = queue.pop();
            Node node = bundle.node(target);
            if (node != null && reached.add(target.dialog() + "." + target.node())) {
                queue.addAll(node.targets());
            }
        }
        for (Dialog dialog : bundle.dialogs().values()) {
            for (Node node : dialog.nodes().values()) {
                if (!reached.contains(dialog.id() + "." + node.id())) {
                    problems.warning(node.position(), "unreachable-node", "Nothing leads to node '" + node.id() + "'.",
                            "point an option or `next` to it, or remove it.");
                }
            }
        }
    }

    /** A loop made only of say, branch and jump nodes would spin forever without asking anything. */
    private void reportLoops() {
        Set<String> reported = new HashSet<>();
        for (Dialog dialog : bundle.dialogs().values()) {
            for (Node node : dialog.nodes().values()) {
                Target self = new Target(dialog.id(), node.id(), node.position());
                List<String> cycle = cycleFrom(self, new LinkedHashSet<>());
                if (cycle != null && reported.add(String.join(",", cycle.stream().sorted().toList()))) {
                    problems.error(node.position(), "no-way-out", "These nodes lead to each other without asking anything: "
                            + String.join(" -> ", cycle) + ".", "make one of them a question, or point one elsewhere.");
                }
            }
        }
    }

    private List<String> cycleFrom(Target target, LinkedHashSet<String> path) {
        Node node = bundle.node(target);
        if (node == null || node instanceof Ask || node instanceof End) {
            return null;
        }
        String name = target.dialog() + "." + target.node();
        if (path.contains(name)) {
            List<String> cycle = new ArrayList<>(path);
            return cycle.subList(cycle.indexOf(name), cycle.size());
        }
        path.add(name);
        for (Target next : node.targets()) {
            if (!next.isBack()) {
                List<String> cycle = cycleFrom(next, path);
                if (cycle != null) {
                    return cycle;
                }
            }
        }
        path.remove(name);
        return null;
    }
}
