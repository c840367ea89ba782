package org.destalk.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a condition written as a one-key mapping, e.g. {@code {score_at_least: {strong: 1}}}. */
final class ConditionParser {

    static final List<String> NAMES = List.of("option", "intent", "score_at_least", "score_below", "flag", "channel",
            "country", "country_known", "language", "all", "any", "not");

    private ConditionParser() {
    }

    /** Returns the condition, or null when it is malformed (the problem is reported). */
    static Condition parse(YNode node) {
        Map<String, YNode> entries = node.entries();
        if (entries.isEmpty()) {
            node.problems().error(node, "unknown-condition", "A condition is empty.", "write e.g. `{flag: android}`.");
            return null;
        }
        List<Condition> parts = new ArrayList<>();
        for (Map.Entry<String, YNode> entry : entries.entrySet()) {
            Condition part = parseOne(entry.getKey(), entry.getValue(), node.keyOf(entry.getKey()));
            if (part == null) {
                return null;
            }
            parts.add(part);
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private static Condition parseOne(String name, YNode value, YNode at) {
        switch (name) {
            case "option":
                return new Condition.OptionChosen(value.texts());
            case "intent":
                return new Condition.IntentIs(known(value, Vocabulary.INTENTS, "intent"));
            case "flag":
                return value.isScalar() ? new Condition.FlagSet(value.text()) : null;
            case "channel":
                return new Condition.ChannelIs(known(value, Vocabulary.CHANNELS, "channel"));
            case "country":
                return new Condition.CountryIs(value.texts());
            case "country_known":
                Boolean known = value.bool();
                return known == null ? null : new Condition.CountryKnown(known);
            case "language":
                return new Condition.LanguageIs(value.texts());
            case "score_at_least":
            case "score_below":
                return score(name, value);
            case "all":
            case "any":
                List<Condition> parts = list(value);
                if (parts == null) {
                    return null;
                }
                return name.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
            case "not":
                Condition inner = parse(value);
                return inner == null ? null : new Condition.Not(inner);
            default:
                at.problems().error(at, "unknown-condition", "'" + name + "' is not a condition the bot knows.",
                        Suggestions.didYouMean(name, NAMES, "use one of: " + String.join(", ", NAMES) + "."));
                return null;
        }
    }

    private static Condition score(String name, YNode value) {
        List<Condition> parts = new ArrayList<>();
        for (Map.Entry<String, YNode> entry : value.entries().entrySet()) {
            Integer threshold = entry.getValue().integer();
            if (threshold == null) {
                return null;
            }
            parts.add(name.equals("score_at_least")
                    ? new Condition.ScoreAtLeast(entry.getKey(), threshold)
                    : new Condition.ScoreBelow(entry.getKey(), threshold));
        }
        if (parts.isEmpty()) {
            value.problems().error(value, "unknown-condition", "'" + name + "' needs a score and a number.", "write e.g. `{" + name + ": {strong: 1}}`.");
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private static List<Condition> list(YNode value) {
        List<Condition> parts = new ArrayList<>();
        for (YNode item : value.items()) {
            Condition part = parse(item);
            if (part == null) {
                return null;
            }
            parts.add(part);
        }
        return parts;
    }

    private static List<String> known(YNode value, List<String> vocabulary, String what) {
        List<String> names = value.texts();
        for (String name : names) {
            if (!vocabulary.contains(name)) {
                value.problems().error(value, "unknown-condition", "'" + name + "' is not a known " + what + ".",
                        Suggestions.didYouMean(name, vocabulary, "use one of: " + String.join(", ", vocabulary) + "."));
            }
        }
        return names;
    }
}
