package org.destalk.dialog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one node of a dialog file; the keys it has decide its kind. */
final class NodeParser {

    private static final List<String> ASK_KEYS = List.of("say", "options", "capture", "next", "finish");
    private static final List<String> SAY_KEYS = List.of("say", "next");
    private static final List<String> END_KEYS = List.of("say", "end");
    private static final List<String> BRANCH_KEYS = List.of("branch", "else");
    private static final List<String> JUMP_KEYS = List.of("jump");
    private static final List<String> OPTION_KEYS = List.of("id", "label", "intents", "hidden", "set", "next");
    private static final List<String> SET_KEYS = List.of("score", "flag", "language", "country", "reset");
    private static final List<String> ALL_KEYS = List.of("say", "options", "capture", "next", "finish", "end", "branch", "else", "jump");

    private final String dialogId;

    NodeParser(String dialogId) {
        this.dialogId = dialogId;
    }

    Node parse(String id, YNode node) {
        if (!node.isMap()) {
            node.entries(); // reports the wrong type
            return null;
        }
        if (node.get("branch") != null) {
            return branch(id, node);
        }
        if (node.get("jump") != null) {
            node.allowOnly(JUMP_KEYS);
            Target target = target(node.get("jump"));
            return target == null ? null : new Jump(id, target, node.position());
        }
        if (node.get("options") != null || node.get("capture") != null) {
            return ask(id, node);
        }
        if (node.get("end") != null) {
            node.allowOnly(END_KEYS);
            return new End(id, say(node.get("say")), node.position());
        }
        if (node.get("next") != null) {
            node.allowOnly(SAY_KEYS);
            Target next = target(node.get("next"));
            return next == null ? null : new Say(id, say(node.require("say", "add `say: <message key>`.")), next, node.position());
        }
        node.allowOnly(ALL_KEYS);
        node.problems().error(node, "dead-end", "Node '" + id + "' has no options, no next and no end, so the conversation would stop here.",
                "add `options:`, `next: <node>` or `end: true`.");
        return null;
    }

    private Ask ask(String id, YNode node) {
        node.allowOnly(ASK_KEYS);
        Ask.Capture capture = Ask.Capture.NONE;
        Target captured = null;
        YNode captureNode = node.get("capture");
        if (captureNode != null) {
            if (!"country".equals(captureNode.text())) {
                node.problems().error(captureNode, "unknown-capture", "Only `capture: country` is supported.", "write `capture: country`.");
            }
            capture = Ask.Capture.COUNTRY;
            YNode next = node.require("next", "add `next: <node>` for where to go once the country is known.");
            captured = next == null ? null : target(next);
        } else if (node.get("next") != null) {
            node.problems().error(node.get("next"), "unknown-key", "A question goes on through its options, not `next`.",
                    "move `next` into each option, or add `capture: country`.");
        }
        List<Option> options = new ArrayList<>();
        YNode optionsNode = node.get("options");
        if (optionsNode != null) {
            for (YNode item : optionsNode.items()) {
                Option option = option(item);
                if (option != null) {
                    options.add(option);
                }
            }
        }
        if (optionsNode != null && optionsNode.isList() && optionsNode.items().isEmpty() && capture == Ask.Capture.NONE) {
            node.problems().error(optionsNode, "dead-end", "Question '" + id + "' has no options to answer with.", "add at least one option.");
        }
        boolean finish = node.get("finish") != null && Boolean.TRUE.equals(node.get("finish").bool());
        return new Ask(id, say(node.get("say")), List.copyOf(options), capture, captured, finish, node.position());
    }

    private Option option(YNode item) {
        item.allowOnly(OPTION_KEYS);
        YNode labelNode = item.require("label", "add `label: <message key>`.");
        YNode nextNode = item.require("next", "add `next: <node>`.");
        if (labelNode == null || nextNode == null || labelNode.text() == null) {
            return null;
        }
        MessageRef label = new MessageRef(labelNode.text(), labelNode.position());
        String id = item.get("id") != null ? item.get("id").text() : lastSegment(label.key());
        YNode intentsNode = item.get("intents");
        List<String> intents = intentsNode == null ? List.of() : intentsNode.texts();
        for (String intent : intents) {
            if (!Vocabulary.INTENTS.contains(intent)) {
                item.problems().error(intentsNode, "unknown-intent", "'" + intent + "' is not an intent the bot recognises.",
                        Suggestions.didYouMean(intent, Vocabulary.INTENTS, "use one of: " + String.join(", ", Vocabulary.INTENTS) + "."));
            }
        }
        boolean hidden = item.get("hidden") != null && Boolean.TRUE.equals(item.get("hidden").bool());
        if (hidden && intents.isEmpty()) {
            item.problems().error(item, "unreachable-option", "Option '" + id + "' is hidden and has no intents, so nothing can choose it.",
                    "list `intents:` or remove `hidden: true`.");
        }
        Target next = target(nextNode);
        Effects effects = item.get("set") == null ? Effects.NONE : effects(item.get("set"));
        return next == null ? null : new Option(id, label, intents, hidden, effects, next, item.position());
    }

    private Effects effects(YNode set) {
        set.allowOnly(SET_KEYS);
        Map<String, Integer> scores = new LinkedHashMap<>();
        YNode scoreNode = set.get("score");
        if (scoreNode != null) {
            scoreNode.entries().forEach((name, value) -> {
                Integer amount = value.integer();
                if (amount != null) {
                    scores.put(name, amount);
                }
            });
        }
        List<String> flags = set.get("flag") == null ? List.of() : set.get("flag").texts();
        String language = set.get("language") == null ? null : set.get("language").text();
        String country = set.get("country") == null ? null : set.get("country").text();
        boolean reset = set.get("reset") != null && Boolean.TRUE.equals(set.get("reset").bool());
        return new Effects(Map.copyOf(scores), List.copyOf(flags), language, country, reset);
    }

    private Branch branch(String id, YNode node) {
        node.allowOnly(BRANCH_KEYS);
        List<Branch.Rule> rules = new ArrayList<>();
        for (YNode item : node.get("branch").items()) {
            item.allowOnly(List.of("when", "next"));
            YNode when = item.require("when", "add `when: {<condition>}`.");
            YNode next = item.require("next", "add `next: <node>`.");
            Condition condition = when == null ? null : ConditionParser.parse(when);
            Target target = next == null ? null : target(next);
            if (condition != null && target != null) {
                rules.add(new Branch.Rule(condition, target, item.position()));
            }
        }
        YNode otherwise = node.get("else");
        if (otherwise == null) {
            node.problems().error(node, "branch-without-else", "Branch '" + id + "' has no `else`, so some answers would lead nowhere.",
                    "add `else: <node>` for when no rule holds.");
            return null;
        }
        Target fallback = target(otherwise);
        return fallback == null ? null : new Branch(id, List.copyOf(rules), fallback, node.position());
    }

    List<MessageRef> say(YNode say) {
        if (say == null) {
            return List.of();
        }
        List<MessageRef> refs = new ArrayList<>();
        List<YNode> items = say.isList() ? say.items() : List.of(say);
        for (YNode item : items) {
            String key = item.text();
            if (key != null) {
                refs.add(new MessageRef(key, item.position()));
            }
        }
        return List.copyOf(refs);
    }

    Target target(YNode node) {
        String written = node.text();
        return written == null ? null : Target.parse(written.trim(), dialogId, node.position());
    }

    private static String lastSegment(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
