package org.destalk.diagram;

import java.util.List;
import java.util.stream.Collectors;
import org.destalk.dialog.Condition;

/** Reads a branch condition back in the words of the dialog language, for the label of its edge. */
final class ConditionText {

    /** Room for two simple conditions joined, as when two rules lead to one node. */
    static final int LIMIT = 60;

    private ConditionText() {
    }

    static String label(Condition condition) {
        return Texts.shorten(describe(condition), LIMIT);
    }

    static String describe(Condition condition) {
        if (condition instanceof Condition.All all) {
            return joined(all.conditions(), " and ");
        }
        if (condition instanceof Condition.Any any) {
            return joined(any.conditions(), " or ");
        }
        if (condition instanceof Condition.Not not) {
            return "not " + nested(not.condition());
        }
        return simple(condition);
    }

    private static String simple(Condition condition) {
        if (condition instanceof Condition.OptionChosen option) {
            return "option " + String.join(" or ", option.options());
        }
        if (condition instanceof Condition.IntentIs intent) {
            return "intent " + String.join(" or ", intent.intents());
        }
        if (condition instanceof Condition.ScoreAtLeast score) {
            return "score " + score.score() + " ≥ " + score.value();
        }
        if (condition instanceof Condition.ScoreBelow score) {
            return "score " + score.score() + " < " + score.value();
        }
        if (condition instanceof Condition.FlagSet flag) {
            return "flag " + flag.flag();
        }
        if (condition instanceof Condition.ChannelIs channel) {
            return "channel " + String.join(" or ", channel.channels());
        }
        if (condition instanceof Condition.CountryIs country) {
            return "country " + String.join(" or ", country.countries());
        }
        if (condition instanceof Condition.CountryKnown known) {
            return known.known() ? "country known" : "country unknown";
        }
        if (condition instanceof Condition.LanguageIs language) {
            return "language " + String.join(" or ", language.languages());
        }
        return condition.getClass().getSimpleName();
    }

    private static String joined(List<Condition> conditions, String glue) {
        return conditions.stream().map(ConditionText::nested).collect(Collectors.joining(glue));
    }

    /** Combinations inside combinations get brackets, so "a and (b or c)" keeps its meaning. */
    private static String nested(Condition condition) {
        boolean compound = condition instanceof Condition.All || condition instanceof Condition.Any;
        return compound ? "(" + describe(condition) + ")" : describe(condition);
    }
}
